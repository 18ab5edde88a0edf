from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Sourced


class Procedure(Publishable, Sourced):
    """A procedure together with which one can apply for the card, and where it is done."""

    class Place(models.TextChoices):
        MUNICIPAL = "municipal", _("Municipal office")
        IMMIGRATION = "immigration", _("Regional immigration services bureau")

    inline_fields = ("name",)
    markdown_fields = ("description",)

    key = models.SlugField(_("key"), max_length=80, unique=True)
    place = models.CharField(_("place"), max_length=12, choices=Place.choices)
    order = models.PositiveIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    reading = models.CharField(_("reading of the Japanese name"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["place", "order", "key"]
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")

    def __str__(self):
        return self.name or self.key

    def get_absolute_url(self):
        return reverse("procedures:apply") + f"#procedure-{self.key}"
