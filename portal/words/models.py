from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable


class HardWord(Publishable):
    """A hard Japanese word of the domain with a short explanation in each language."""

    markdown_fields = ("meaning",)

    key = models.SlugField(_("key"), max_length=60, unique=True)
    word = models.CharField(_("word"), max_length=60, unique=True)
    reading = models.CharField(_("reading"), max_length=120)
    meaning = models.TextField(_("meaning"))

    class Meta:
        ordering = ["reading"]
        verbose_name = _("hard word")
        verbose_name_plural = _("hard words")

    def __str__(self):
        return self.word

    def get_absolute_url(self):
        return reverse("words:list") + f"#word-{self.key}"
