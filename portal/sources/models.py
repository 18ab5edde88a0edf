from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable


class Source(Publishable):
    """A document or page the portal's facts come from."""

    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        NEWS = "news", _("News article")
        RESEARCH = "research", _("Research report")
        INFORMATION = "information", _("Information post")
        PROFESSIONAL = "professional", _("Professional office")

    inline_fields = ("title", "publisher")
    markdown_fields = ("note",)

    key = models.SlugField(_("key"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    official = models.BooleanField(_("official"), default=False)
    url = models.URLField(_("URL"), blank=True)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-official", "key"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.title or self.key

    def get_absolute_url(self):
        return reverse("sources:list") + f"#source-{self.key}"
