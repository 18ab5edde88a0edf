"""What changed between the saved versions of an item, for staff (versions come from django-reversion)."""
import difflib

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from reversion.models import Version

# Bookkeeping fields that change on every save and tell staff nothing.
IGNORED = {"id", "rendered", "revision", "translation_basis", "updated_at", "last_major_change"}


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


def _label(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:  # noqa: BLE001 - a field removed since that version was saved
        return name


def changes(model, object_id):
    """Newest first: each version with who, when, its restore URL and its differences to the one before."""
    versions = list(Version.objects.get_for_object_reference(model, object_id).select_related("revision__user"))
    opts = model._meta
    rows = []
    for newer, older in zip(versions, [*versions[1:], None]):
        new, old = newer.field_dict, (older.field_dict if older else {})
        differences = [
            {"field": _label(model, name), "diff": _word_diff(str(old.get(name, "") or ""), str(value or ""))}
            for name, value in new.items()
            if name not in IGNORED and old.get(name) != value
        ]
        rows.append({
            "version": newer,
            "revision": newer.revision,
            "restore_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_revision", args=[object_id, newer.pk]),
            "differences": differences,
        })
    return rows
