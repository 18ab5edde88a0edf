"""Abstract bases shared by every kind of content."""
from typing import ClassVar

from django.db import models
from django.utils.safestring import SafeString, mark_safe
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.languages import CODES, JA, column_suffix


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Certainty(models.TextChoices):
    OFFICIAL = "official", _("Official")
    UNCONFIRMED = "unconfirmed", _("Unconfirmed")


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=State.PUBLISHED)


class Rendered(models.Model):
    """Content whose translated texts are turned into display HTML when saved, never per request.

    ``inline_fields`` are plain one-line texts (titles); ``markdown_fields`` are Markdown. Japanese
    and easy-Japanese renderings carry furigana markup (shown or hidden by the reader's switch).
    """

    inline_fields: ClassVar[tuple[str, ...]] = ()
    markdown_fields: ClassVar[tuple[str, ...]] = ()

    rendered = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.render()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "rendered"}
        super().save(*args, **kwargs)

    def source_text(self, field: str, code: str) -> str:
        return getattr(self, f"{field}_{column_suffix(code)}") or ""

    def render(self) -> None:
        from portal.core.rendering import render_inline, render_markdown

        rendered = {}
        for field in self.inline_fields:
            for code in CODES:
                rendered[f"{field}:{code}"] = render_inline(self.source_text(field, code), code)
        for field in self.markdown_fields:
            for code in CODES:
                rendered[f"{field}:{code}"] = render_markdown(self.source_text(field, code), code)
        self.rendered = rendered

    def html(self, field: str, code: str | None = None) -> SafeString:
        """The display HTML of a field in the current language, falling back to Japanese."""
        code = code or get_language()
        for candidate in (code, JA):
            value = self.rendered.get(f"{field}:{candidate}")
            if value:
                return mark_safe(value)
        return escape(self.source_text(field, code))

    def has_translation(self, field: str, code: str) -> bool:
        return bool(self.source_text(field, code).strip())


class Publishable(Rendered):
    """Content that staff publish, review and date."""

    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PUBLISHED)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True


class Sourced(models.Model):
    """Content that carries facts: where they come from and how sure they are."""

    certainty = models.CharField(
        _("certainty"), max_length=12, choices=Certainty.choices, default=Certainty.OFFICIAL
    )
    sources = models.ManyToManyField("sources.Source", blank=True, related_name="+", verbose_name=_("sources"))

    class Meta:
        abstract = True

    @property
    def is_unconfirmed(self) -> bool:
        return self.certainty == Certainty.UNCONFIRMED
