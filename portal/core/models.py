"""Abstract bases shared by every kind of content."""
import datetime
import hashlib
from typing import ClassVar

from django.db import models
from django.utils.safestring import SafeString, mark_safe
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.languages import CODES, JA, JAPANESE_CODES, column_suffix


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

    It also keeps what editing needs: ``revision`` counts saves, so that a save made over a stale form is
    refused; ``translation_basis`` records, per translation, which Japanese text it was made from, so that
    a change to the Japanese marks the translations out of date.
    """

    inline_fields: ClassVar[tuple[str, ...]] = ()
    markdown_fields: ClassVar[tuple[str, ...]] = ()

    rendered = models.JSONField(default=dict, blank=True, editable=False)
    # Readings that depend on context, found when rendering: listed for staff review in the admin.
    uncertain_readings = models.JSONField(default=list, blank=True, editable=False)
    revision = models.PositiveIntegerField(default=0, editable=False)
    translation_basis = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remember the texts as stored, straight from the row (reading attributes could fetch deferred ones).
        loaded = dict(zip(field_names, values))
        columns = [(code, f"{field}_{column_suffix(code)}") for code in CODES for field in cls.text_fields()]
        if all(column in loaded for _code, column in columns):
            instance._saved_texts = {
                code: tuple((loaded[f"{field}_{column_suffix(code)}"] or "").strip() for field in cls.text_fields())
                for code in CODES
            }
        return instance

    def save(self, *args, **kwargs):
        self.render()
        self.update_translation_basis()
        self.revision += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"], "rendered", "uncertain_readings", "revision", "translation_basis"
            }
        super().save(*args, **kwargs)
        self._saved_texts = self.texts_by_language()

    @classmethod
    def text_fields(cls) -> tuple[str, ...]:
        return (*cls.inline_fields, *cls.markdown_fields)

    def source_text(self, field: str, code: str) -> str:
        return getattr(self, f"{field}_{column_suffix(code)}") or ""

    def texts_by_language(self) -> dict[str, tuple[str, ...]]:
        return {code: tuple(self.source_text(field, code).strip() for field in self.text_fields()) for code in CODES}

    def japanese_digest(self) -> str:
        return hashlib.sha256("\x1f".join(self.texts_by_language()[JA]).encode()).hexdigest()[:16]

    def update_translation_basis(self) -> None:
        """A translation written or changed in this save was made from the Japanese as it is now."""
        current = self.texts_by_language()
        before = getattr(self, "_saved_texts", None)
        digest = self.japanese_digest()
        basis = dict(self.translation_basis or {})
        for code in CODES:
            if code == JA:
                continue
            if before is None or current[code] != before[code] or code not in basis:
                basis[code] = digest
        self.translation_basis = basis

    def mark_translation_current(self, code: str) -> None:
        """Staff confirm a translation still says what the Japanese says."""
        self.translation_basis = {**(self.translation_basis or {}), code: self.japanese_digest()}

    def translation_state(self, code: str) -> str:
        """'missing', 'outdated' or 'current' for one language."""
        texts = self.texts_by_language()
        japanese, translated = texts[JA], texts[code]
        if any(ja and not other for ja, other in zip(japanese, translated)):
            return "missing"
        if code != JA and (self.translation_basis or {}).get(code) != self.japanese_digest():
            return "outdated"
        return "current"

    def render(self) -> None:
        from portal.core.rendering import render_inline, render_markdown, uncertain_readings

        self.uncertain_readings = [
            {"field": field, "language": code, **spot}
            for field in self.text_fields()
            for code in JAPANESE_CODES
            for spot in uncertain_readings(self.source_text(field, code))
        ]
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
    # The newest major change, copied from editorial.Update so that pages need no extra query.
    last_major_change = models.JSONField(null=True, blank=True, editable=False)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    def change_note(self) -> SafeString:
        """The newest major change's note in the current language, as display HTML."""
        notes = (self.last_major_change or {}).get("html", {})
        return mark_safe(notes.get(get_language()) or notes.get(JA, ""))

    @property
    def change_date(self):
        change = self.last_major_change or {}
        return datetime.date.fromisoformat(change["date"]) if change.get("date") else None


class EditorialRights(models.Model):
    """Holds the permission to publish (no table): editors edit, publishers also publish."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("publish", "Can publish and unpublish content")]


# What only editing needs: public pages never read these, so they are not even fetched.
EDITING_ONLY_FIELDS = ("uncertain_readings", "translation_basis")


def is_preview(request) -> bool:
    """Staff looking at a page with ?preview=1: drafts are shown too."""
    return request is not None and "preview" in request.GET and request.user.is_staff


def visible(queryset, request):
    """Published items, or also drafts when staff preview a page with ?preview=1."""
    queryset = queryset.defer(*EDITING_ONLY_FIELDS)
    return queryset if is_preview(request) else queryset.published()


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
