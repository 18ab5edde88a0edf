from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Sourced


class Section(Publishable, Sourced):
    """A block of prose on one of the fixed pages (home, eligibility, how to apply, ...)."""

    class Page(models.TextChoices):
        HOME = "home", _("Home")
        ELIGIBILITY = "eligibility", _("Who can apply")
        APPLY = "apply", _("How to apply")
        CARDS = "cards", _("Card faces")
        SCHEDULE = "schedule", _("Schedule")
        SOURCES = "sources", _("Sources")

    inline_fields = ("heading",)
    markdown_fields = ("body",)

    key = models.SlugField(_("key"), max_length=80, unique=True)
    page = models.CharField(_("page"), max_length=20, choices=Page.choices)
    order = models.PositiveIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=200)
    body = models.TextField(_("body"))

    class Meta:
        ordering = ["page", "order", "key"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading or self.key

    def get_absolute_url(self):
        return reverse(PAGE_URLS[self.page]) + f"#s-{self.key}"


PAGE_URLS = {
    Section.Page.HOME: "pages:home",
    Section.Page.ELIGIBILITY: "pages:eligibility",
    Section.Page.APPLY: "procedures:apply",
    Section.Page.CARDS: "cards:comparison",
    Section.Page.SCHEDULE: "schedule:schedule",
    Section.Page.SOURCES: "sources:list",
}
