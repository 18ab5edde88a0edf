from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Rendered, Sourced


class Card(Publishable, Sourced):
    inline_fields = ("name",)
    markdown_fields = ("description",)

    key = models.SlugField(_("key"), max_length=60, unique=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["order", "key"]
        verbose_name = _("card")
        verbose_name_plural = _("cards")

    def __str__(self):
        return self.name or self.key

    def get_absolute_url(self):
        return reverse("cards:comparison") + f"#card-{self.key}"


class CardItem(Publishable, Sourced):
    """One row of the comparison: an item of information and where each card records it."""

    inline_fields = ("label",)

    key = models.SlugField(_("key"), max_length=60, unique=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    label = models.CharField(_("label"), max_length=200)
    reading = models.CharField(_("reading of the Japanese label"), max_length=200, blank=True)

    class Meta:
        ordering = ["order", "key"]
        verbose_name = _("card item")
        verbose_name_plural = _("card items")

    def __str__(self):
        return self.label or self.key

    def get_absolute_url(self):
        return reverse("cards:comparison") + f"#item-{self.key}"


class CardCell(Rendered):
    class Presence(models.TextChoices):
        FACE = "face", _("Printed on the card")
        CHIP = "chip", _("IC chip only")
        NONE = "none", _("Not recorded")

    class Side(models.TextChoices):
        FRONT = "front", _("Front")
        BACK = "back", _("Back")
        BOTH = "both", _("Front and back")
        NOWHERE = "", _("Not printed")

    markdown_fields = ("note",)

    item = models.ForeignKey(CardItem, on_delete=models.CASCADE, related_name="cells", verbose_name=_("item"))
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="cells", verbose_name=_("card"))
    presence = models.CharField(_("presence"), max_length=4, choices=Presence.choices)
    side = models.CharField(_("side"), max_length=5, choices=Side.choices, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["item__order", "card__order"]
        constraints = [models.UniqueConstraint(fields=["item", "card"], name="one_cell_per_item_and_card")]
        verbose_name = _("cell")
        verbose_name_plural = _("cells")

    def __str__(self):
        return f"{self.item} / {self.card}"

    def get_absolute_url(self):
        return self.item.get_absolute_url()

    @property
    def symbol(self) -> str:
        return {"face": "○", "chip": "△", "none": "×"}[self.presence]
