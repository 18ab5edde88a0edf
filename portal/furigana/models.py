from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .chars import is_japanese_word_char, is_reading_text, to_hiragana
from .glossary import ANYWHERE, STANDALONE


class GlossaryEntry(models.Model):
    """A staff reading that overrides the dictionary in the furigana (not translated)."""

    class Scope(models.TextChoices):
        ANYWHERE = ANYWHERE, _("Anywhere, also inside longer words")
        STANDALONE = STANDALONE, _("Only as a word of its own (no kanji right before or after)")

    surface = models.CharField(
        _("written form"), max_length=64, unique=True,
        help_text=_("The word as it is written, in kanji and kana, e.g. 在留カード."),
    )
    reading = models.CharField(
        _("reading"), max_length=128,
        help_text=_("The whole reading in hiragana, e.g. ざいりゅうかーど. Katakana is turned into hiragana."),
    )
    scope = models.CharField(_("where it applies"), max_length=16, choices=Scope.choices, default=Scope.ANYWHERE)
    note = models.TextField(_("note"), blank=True, help_text=_("Why this reading (for other staff)."))
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["surface"]
        verbose_name = _("furigana glossary entry")
        verbose_name_plural = _("furigana glossary")

    def __str__(self):
        return f"{self.surface} ({self.reading})"

    def clean(self):
        super().clean()
        self.surface = (self.surface or "").strip()
        self.reading = to_hiragana((self.reading or "").strip())
        errors = {}
        if not self.surface:
            errors["surface"] = _("Enter the written form.")
        elif not all(is_japanese_word_char(char) for char in self.surface):
            errors["surface"] = _("Use kanji and kana only (no spaces, digits, Latin letters or punctuation).")
        if not is_reading_text(self.reading):
            errors["reading"] = _("Use hiragana (and ー) only.")
        if errors:
            raise ValidationError(errors)
