"""The form every content item is edited with: stale-save protection, change notes, translation marks."""
from django import forms
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from portal.languages import EASY, EN


def normalise_newlines(text: str) -> str:
    """Browsers submit textareas with CRLF line ends; stored texts use LF, as the content files do.

    Without this, the first save from a browser changes every multi-line text in every language: History
    reports all three as changed and the translations' out-of-date marks move.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_submitted_newlines(data):
    """A copy of submitted form data (a QueryDict or a dict) with LF line ends in every text value.

    Done on the data, before any field sees it, so that what changed (the admin's change message, which
    History shows), the cleaned values and the saved texts all agree.
    """
    if data is None:
        return data
    if hasattr(data, "lists"):
        copy = data.copy()
        for key, values in data.lists():
            copy.setlist(key, [normalise_newlines(value) if isinstance(value, str) else value for value in values])
        return copy
    return {key: normalise_newlines(value) if isinstance(value, str) else value for key, value in data.items()}


class ContentForm(forms.ModelForm):
    revision_seen = forms.CharField(widget=forms.HiddenInput, required=False)
    major_change = forms.BooleanField(
        label=_("Major change"), required=False,
        help_text=_("Readers see the change note on the page, in the updates list and in the feeds."),
    )
    change_note_ja = forms.CharField(label=_("Change note (Japanese)"), required=False, max_length=300)
    change_note_en = forms.CharField(label=_("Change note (English)"), required=False, max_length=300)
    change_note_ja_easy = forms.CharField(label=_("Change note (easy Japanese)"), required=False, max_length=300)
    translations_still_current = forms.MultipleChoiceField(
        label=_("Translations that still match the Japanese"), required=False,
        choices=[(EN, _("English")), (EASY, _("Easy Japanese"))], widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick a language if the Japanese changed but its translation still says the same."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = normalise_submitted_newlines(self.data)
        self.fields["revision_seen"].initial = self.edit_token(type(self.instance), self.instance.pk, self.instance.revision)

    @staticmethod
    def edit_token(model, pk, revision) -> str:
        """What the editor saw: the save counter and the newest saved version.

        Restoring an old version writes its stored row back, counter included, so the counter alone can go
        backwards; the newest version's id never does.
        """
        if pk is None:
            return ""
        newest = Version.objects.get_for_object_reference(model, pk).values_list("pk", flat=True).first()
        return f"{revision}-{newest or 0}"

    def clean(self):
        cleaned = super().clean()
        self._refuse_stale_save(cleaned.get("revision_seen"))
        if cleaned.get("major_change"):
            missing = [name for name in ("change_note_ja", "change_note_en", "change_note_ja_easy")
                       if not (cleaned.get(name) or "").strip()]
            for name in missing:
                self.add_error(name, _("A major change needs a change note in every language."))
        return cleaned

    def _refuse_stale_save(self, seen):
        if not self.instance.pk or not seen:
            return
        model = type(self.instance)
        revision = model.objects.filter(pk=self.instance.pk).values_list("revision", flat=True).first()
        if revision is None or self.edit_token(model, self.instance.pk, revision) == seen:
            return
        latest = Version.objects.get_for_object_reference(model, self.instance.pk).select_related("revision__user").first()
        who = when = "?"
        if latest is not None:
            who = latest.revision.user.get_username() if latest.revision.user else "?"
            when = date_format(localtime(latest.revision.date_created), "DATETIME_FORMAT")
        opts = model._meta
        history = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[self.instance.pk])
        raise forms.ValidationError(format_html(
            _("Someone else saved this item after you opened it ({who}, {when}). Your changes have NOT been saved; "
              "they are still in this form. <a href=\"{history}\">See what changed</a>, then reload this page and "
              "apply your changes again."),
            who=who, when=when, history=history,
        ), code="stale")

    def change_note(self) -> dict[str, str] | None:
        if not self.cleaned_data.get("major_change"):
            return None
        return {
            "ja": self.cleaned_data["change_note_ja"].strip(),
            "en": self.cleaned_data["change_note_en"].strip(),
            "ja-easy": self.cleaned_data["change_note_ja_easy"].strip(),
        }
