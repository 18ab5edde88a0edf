from django.db import models
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
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

    @classmethod
    def by_former_key(cls, slug: str):
        """The topic that had this slug before staff renamed it (load_content still names the old slug)."""
        return renamed_topic(cls.objects.all(), slug)


class OldTopicSlug(models.Model):
    """A slug a topic had before. Its old addresses (links, QR codes on printed sheets) redirect to the new one.

    Recorded automatically whenever a topic's slug changes, however it is saved (admin, load_content,
    restoring a version); a slug that becomes some topic's current slug again stops being an old one.
    """

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="old_slugs", verbose_name=_("topic"))
    slug = models.SlugField(_("old slug"), max_length=80, unique=True)
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at", "slug"]
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")

    def __str__(self):
        return self.slug


def renamed_topic(topics, slug: str) -> Topic | None:
    """The topic among ``topics`` that used to have this slug, if any (the current slug is looked up first)."""
    return topics.filter(old_slugs__slug=slug).first()


@receiver(pre_save, sender=Topic, dispatch_uid="qa-topic-remember-slug")
def _remember_previous_slug(sender, instance, **kwargs):
    previous = None
    if instance.pk is not None:
        previous = sender._default_manager.filter(pk=instance.pk).values_list("slug", flat=True).first()
    instance._previous_slug = previous


@receiver(post_save, sender=Topic, dispatch_uid="qa-topic-record-old-slug")
def _record_old_slug(sender, instance, **kwargs):
    previous = getattr(instance, "_previous_slug", None)
    instance._previous_slug = instance.slug
    if previous == instance.slug:
        return
    # A current slug always wins over an old one, whoever had it before.
    OldTopicSlug.objects.filter(slug=instance.slug).delete()
    if previous:
        OldTopicSlug.objects.update_or_create(slug=previous, defaults={"topic": instance})


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
