"""What changed between the saved versions of an item, for staff (versions come from django-reversion)."""
import difflib
import re

from django.db import models
from django.template.defaultfilters import yesno
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from reversion.models import Version

# Bookkeeping fields that change on every save and tell staff nothing.
IGNORED = {"id", "rendered", "revision", "translation_basis", "updated_at", "last_major_change", "uncertain_readings"}
LOADED = re.compile(r"^Loaded from (content/\S+)$")


def _word_diff(before: str, after: str):
    """Inline diff with <del>/<ins>, by character for Japanese text and by word otherwise."""
    split = list if any(ord(char) > 0x2E80 for char in before + after) else (lambda text: text.split(" "))
    joiner = "" if split is list else " "
    old, new = split(before), split(after)
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(joiner.join(old[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(joiner.join(old[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(joiner.join(new[b1:b2]))}</ins>")
    return mark_safe(joiner.join(parts))


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a field removed since that version was saved
        return None


def _label(model, name):
    field = _field(model, name)
    return str(field.verbose_name) if field is not None else name


class _Names:
    """Readable values for stored ones: related items by their names, choices by their labels."""

    def __init__(self):
        self._names = {}

    def _related(self, model, pks) -> dict:
        known = self._names.setdefault(model, {})
        missing = {pk for pk in pks if pk is not None and pk not in known}
        if missing:
            for item in model._default_manager.filter(pk__in=missing):
                known[item.pk] = str(item)
            for pk in missing - set(known):
                known[pk] = _("%(id)s (deleted)") % {"id": pk}
        return known

    def items(self, field, value) -> list[str]:
        """The names of the related items a foreign key or many-to-many value refers to, sorted."""
        if value in (None, ""):
            return []
        model = field.related_model
        pks = [model._meta.pk.to_python(pk) for pk in (value if isinstance(field, models.ManyToManyField) else [value])]
        names = self._related(model, pks)
        return sorted(names[pk] for pk in pks)

    def text(self, field, value) -> str:
        if value in (None, ""):
            return ""
        if field is None:
            return str(value)
        if field.is_relation:
            return ", ".join(self.items(field, value))
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(field, models.BooleanField):
            return yesno(value)
        return str(value)


def _difference(names: _Names, field, before, after):
    """How a field's value changed, as HTML with <del>/<ins>; None if it reads the same."""
    if field is not None and field.is_relation:
        # Items by their names: those taken away, then those kept and those added.
        old, new = names.items(field, before), names.items(field, after)
        if old == new:  # e.g. the same sources in another order
            return None
        parts = [format_html("<del>{}</del>", name) for name in old if name not in new]
        parts += [escape(name) if name in old else format_html("<ins>{}</ins>", name) for name in new]
        return mark_safe(", ".join(parts))
    old, new = names.text(field, before), names.text(field, after)
    if old == new:
        return None
    if field is not None and (field.choices or isinstance(field, models.BooleanField)):
        return format_html("<del>{}</del> → <ins>{}</ins>", old, new) if old else format_html("<ins>{}</ins>", new)
    return _word_diff(old, new)


def comment(revision) -> str:
    """The revision's comment, with the loader's comment in the reader's language."""
    text = revision.get_comment()
    loaded = LOADED.match(text or "")
    if loaded:
        return _("Loaded from %(file)s") % {"file": loaded.group(1)}
    return text


def changes(model, object_id):
    """Newest first: each version with who, when, its restore URL and its differences to the one before."""
    versions = list(Version.objects.get_for_object_reference(model, object_id).select_related("revision__user"))
    opts = model._meta
    names = _Names()
    rows = []
    for newer, older in zip(versions, [*versions[1:], None]):
        new, old = newer.field_dict, (older.field_dict if older else {})
        differences = []
        if older is not None:
            for name, value in new.items():
                if name in IGNORED or old.get(name) == value:
                    continue
                field = _field(model, name)
                diff = _difference(names, field, old.get(name), value)
                if diff is not None:
                    differences.append({"field": _label(model, name), "diff": diff})
        rows.append({
            "version": newer,
            "revision": newer.revision,
            "comment": comment(newer.revision),
            "first": older is None,
            "restore_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_revision", args=[object_id, newer.pk]),
            "differences": differences,
        })
    return rows
