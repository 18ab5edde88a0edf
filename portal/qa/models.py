from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Sourced


class Topic(Publishable):
    inline_fields = ("title",)
    markdown_fields = ("summary",)

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        return reverse("qa:topic", kwargs={"slug": self.slug})


class Question(Publishable, Sourced):
    """A question with its answer. Its number never changes and never gets reused."""

    inline_fields = ("question",)
    markdown_fields = ("answer",)

    number = models.PositiveIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="questions", verbose_name=_("topic"))
    order = models.PositiveIntegerField(_("order"), default=0)
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"))

    class Meta:
        ordering = ["topic__order", "order", "number"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return f"{self.number}. {self.question}"

    def get_absolute_url(self):
        return reverse("qa:question", kwargs={"number": self.number, "slug": self.slug})
