"""The admin every content type is edited in.

Languages as tabs (modeltranslation), every save kept as a version with who and when (django-reversion,
with the changes between versions and a restore), stale saves refused, drafts for editors, the
easy-Japanese checker and a furigana preview with the readings to review.
"""
import copy

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from portal.core.models import Publishable, State
from portal.editorial import checker, history
from portal.editorial.forms import ContentForm, normalise_submitted_newlines
from portal.editorial.models import Update
from portal.editorial.preview import mark_spots
from portal.languages import CODES, EASY, JA, LANGUAGES, column_suffix

PUBLISH_PERMISSION = "core.publish"


def hard_words() -> list[str]:
    from portal.words.models import HardWord

    return list(HardWord.objects.values_list("word", flat=True))


class ContentAdmin(VersionAdmin, TabbedTranslationAdmin):
    form = ContentForm
    save_on_top = True
    object_history_template = "editorial/object_history.html"
    editorial_readonly = ("translation_status", "preview_links", "easy_japanese_check", "furigana_preview")

    class Media:
        css = {"all": ("editorial/admin.css",)}

    # --- who may publish -------------------------------------------------------------------------
    def can_publish(self, request) -> bool:
        return request.user.has_perm(PUBLISH_PERMISSION)

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), *self.editorial_readonly]
        if issubclass(self.model, Publishable) and not self.can_publish(request):
            fields.append("state")
        return fields

    def save_model(self, request, obj, form, change):
        if not change and isinstance(obj, Publishable) and not self.can_publish(request):
            obj.state = State.DRAFT
        for code in form.cleaned_data.get("translations_still_current") or ():
            obj.mark_translation_current(code)
        note = form.change_note()
        super().save_model(request, obj, form, change)
        if note:
            self.record_update(request, obj, note)
        self.warn_about_easy_japanese(request, obj)

    def record_update(self, request, obj, note: dict):
        update = Update(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, created_by=request.user)
        for code in CODES:
            setattr(update, f"note_{column_suffix(code)}", note[code])
        update.save()  # copies itself onto the item's last_major_change (editorial.apps.update_changed)
        if isinstance(obj, Publishable):
            obj.last_major_change = type(obj)._default_manager.filter(pk=obj.pk).values_list(
                "last_major_change", flat=True).first()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            # Browsers send textareas with CRLF: LF for the form and for inline rows (a card item's cells)
            # alike, so that only what was really edited counts as changed.
            request.POST = normalise_submitted_newlines(request.POST)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def warn_about_easy_japanese(self, request, obj):
        findings = self.easy_japanese_findings(obj)
        if findings:
            messages.warning(request, _("Easy Japanese: %(count)d things to look at (see the check below the form).")
                             % {"count": len(findings)})

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None:
            form = self.with_japanese_beside_translations(form, obj)
        return form

    @staticmethod
    def with_japanese_beside_translations(form, obj):
        """Under each English and easy-Japanese field, the Japanese text it translates."""
        fields = {}
        for field in obj.text_fields():
            japanese = obj.source_text(field, JA).strip()
            for code in CODES:
                name = f"{field}_{column_suffix(code)}"
                if code == JA or name not in form.base_fields or not japanese:
                    continue
                fields[name] = copy.deepcopy(form.base_fields[name])
                fields[name].help_text = format_html(
                    '<span class="ja-source"><span class="label">{}</span> <span lang="ja">{}</span></span>',
                    _("Japanese:"), japanese,
                )
        if not fields:
            return form
        # A subclass, so that the admin's cached form class keeps its own fields; the form metaclass
        # computes base_fields on creation, so they are replaced afterwards.
        annotated = type(form.__name__, (form,), {})
        annotated.base_fields = {**form.base_fields, **fields}
        return annotated

    # --- panels shown while editing ----------------------------------------------------------------
    def easy_japanese_findings(self, obj):
        words = hard_words()
        found = []
        for field in obj.text_fields():
            for finding in checker.check(obj.source_text(field, EASY), words):
                found.append((field, finding))
        return found

    @admin.display(description=_("Easy Japanese check"))
    def easy_japanese_check(self, obj):
        if obj is None or not obj.pk:
            return _("Shown after the first save.")
        findings = self.easy_japanese_findings(obj)
        if not findings:
            return _("No warnings.")
        return format_html('<ul class="ej-check">{}</ul>', format_html_join(
            "", "<li><strong>{}</strong>: {} <q>{}</q></li>",
            ((self.model._meta.get_field(field).verbose_name, finding.message, finding.excerpt)
             for field, finding in findings),
        ))

    @admin.display(description=_("Furigana preview (easy Japanese)"))
    def furigana_preview(self, obj):
        if obj is None or not obj.pk:
            return _("Shown after the first save.")
        blocks = []
        for field in obj.text_fields():
            html = obj.rendered.get(f"{field}:{EASY}", "")
            spots = [spot for spot in obj.uncertain_readings if spot["field"] == field and spot["language"] == EASY]
            review = format_html_join(
                "", '<li><mark>{}</mark> → {} <span class="why">({})</span></li>',
                ((spot["surface"], spot["reading"], spot["reason"]) for spot in spots),
            )
            blocks.append(format_html(
                '<div class="furigana-preview"><p class="field">{}</p><div lang="ja">{}</div>{}</div>',
                self.model._meta.get_field(field).verbose_name, mark_spots(html, spots),
                format_html('<p>{}</p><ul class="review">{}</ul>', _("Readings to check:"), review) if spots else "",
            ))
        return mark_safe("".join(blocks))

    @admin.display(description=_("Translations"))
    def translation_status(self, obj):
        if obj is None or not obj.pk:
            return "-"
        labels = {"missing": _("missing"), "outdated": _("out of date"), "current": _("up to date")}
        return format_html_join(
            " · ", '<span class="tr-{}">{}: {}</span>',
            ((obj.translation_state(code), name, labels[obj.translation_state(code)]) for code, name in LANGUAGES),
        )

    @admin.display(description=_("Preview on the site"))
    def preview_links(self, obj):
        if obj is None or not obj.pk or not hasattr(obj, "get_absolute_url"):
            return "-"
        links = []
        for code, name in LANGUAGES:
            with override(code):
                url = obj.get_absolute_url()
            path, _hash, anchor = url.partition("#")
            links.append((f"{path}?preview=1" + (f"#{anchor}" if anchor else ""), name))
        return format_html_join(" · ", '<a href="{}" target="_blank" rel="noopener">{}</a>', links)

    # --- versions: what changed between them, and restoring one ---------------------------------------
    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "version_changes": history.changes(self.model, object_id)}
        return super().history_view(request, object_id, extra_context)

    def kept_on_restore(self, request, obj) -> dict:
        """Current values a restore must not bring back, by field name.

        A version stores the whole row. Restoring it must not let a user change what they may not change
        in the form (an editor's restore must not publish or unpublish), nor rewind what is not content:
        the newest change note belongs to the item's present, not to the old text. (The save counter does
        go back; the stale-save token also holds the newest version's id, which a restore never rewinds.)
        """
        kept = {}
        if isinstance(obj, Publishable):
            kept["last_major_change"] = obj.last_major_change
            if not self.can_publish(request):
                kept["state"] = obj.state
        return kept

    def may_delete_on_restore(self, request, obj) -> bool:
        """Whether restoring may delete rows added since (a card item's cells): only for who may delete them."""
        return all(
            inline.has_delete_permission(request, obj) for inline in self.get_inline_instances(request, obj)
        )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Show an old version and restore it, keeping what kept_on_restore names.

        django-reversion first writes the old rows back, then runs the change form on them; the kept values
        are taken before that and put back on the object the form is built on (get_object below), so the
        form shows them and saving writes them.
        """
        version = get_object_or_404(Version, pk=version_id, object_id=unquote(object_id))
        obj = self.get_object(request, unquote(object_id))  # as it is now, before the old rows are written back
        # (Permissions are checked by the change form, as for any change.)
        request._editorial_kept = self.kept_on_restore(request, obj) if obj is not None else {}
        if not self.may_delete_on_restore(request, obj):
            revision = version.revision
            revert = revision.revert
            revision.revert = lambda delete=False: revert(delete=False)
        context = {"title": _("Restore %(name)s") % {"name": version.object_repr}, "revert": True,
                   **(extra_context or {})}
        return self._reversion_revisionform_view(
            request, version,
            self.revision_form_template or self._reversion_get_template_list("revision_form.html"), context,
        )

    def recover_view(self, request, version_id, extra_context=None):
        """Bring back a deleted item: like a new one, it comes back as a draft unless the user may publish."""
        if issubclass(self.model, Publishable) and not self.can_publish(request):
            request._editorial_kept = {"state": State.DRAFT}
        return super().recover_view(request, version_id, extra_context)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        for name, value in (getattr(request, "_editorial_kept", None) or {}).items():
            if obj is not None:
                setattr(obj, name, value)
        return obj


class PublishableListMixin:
    """List columns shared by every publishable content type."""

    list_filter = ("state",)

    @admin.display(description=_("Translations"))
    def translations(self, obj):
        marks = {"missing": "✗", "outdated": "!", "current": "✓"}
        return " ".join(f"{code}{marks[obj.translation_state(code)]}" for code in CODES if code != JA)
