"""The canonical shape of a content entry, read from a file or from the database, and its digest.

Besides the content, an entry of a translated item carries its editorial state, so that export_content
then load_content into an empty database keeps it:

- ``outdated``: the languages whose translation was made from an older Japanese text (the out-of-date
  marks of the translation dashboard), e.g. ``outdated: [en]``;
- ``changes``: its major changes with their change notes, newest first, each ``{date, note: {ja, en,
  ja-easy}}`` with the date and time in the portal's time zone.

Editorial state is not content: it is left out of the digest, so it never makes an entry count as changed
or conflicting, and the loader applies it only to rows it creates (an existing row keeps the marks and
notes staff made). Who made a change and the saved versions are not carried: they are the database's
history, and the loaded text becomes an item's first version.
"""
import datetime
import hashlib
import json

from django.apps import apps
from django.db import models
from django.utils import timezone

from portal.content.specs import Children, Spec
from portal.languages import CODES, JA, column_suffix

EDITORIAL = ("outdated", "changes")
TRANSLATIONS = tuple(code for code in CODES if code != JA)


class EntryError(ValueError):
    """A content-file entry that cannot be loaded; the message says where and why."""


def _text(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def _value(model, name: str, raw):
    """A plain field's value in canonical form (what a file would say)."""
    model_field = model._meta.get_field(name)
    if raw is None:
        raw = model_field.get_default()
    if isinstance(model_field, models.DateField):
        if raw in (None, ""):
            return None
        if isinstance(raw, datetime.date):
            return raw.isoformat()
        try:
            return datetime.date.fromisoformat(str(raw)).isoformat()
        except ValueError:
            raise EntryError(f"{name}: {raw!r} is not a date (YYYY-MM-DD)") from None
    if isinstance(model_field, models.BooleanField):
        if not isinstance(raw, bool):
            raise EntryError(f"{name}: {raw!r} must be true or false")
        return raw
    if isinstance(model_field, models.IntegerField):
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise EntryError(f"{name}: {raw!r} is not a whole number") from None
    return _text(raw)


def _translations(name: str, raw) -> dict:
    if raw is None:
        raw = {}
    if isinstance(raw, str):
        raise EntryError(f"{name}: give one text per language ({', '.join(CODES)})")
    if not isinstance(raw, dict):
        raise EntryError(f"{name}: expected a mapping of language to text")
    unknown = set(raw) - set(CODES)
    if unknown:
        raise EntryError(f"{name}: unknown language {', '.join(sorted(unknown))}")
    return {code: _text(raw.get(code)) for code in CODES}


def is_rendered(model) -> bool:
    """Translated content with translation marks and change notes (everything but the glossary)."""
    from portal.core.models import Rendered

    return issubclass(model, Rendered)


def _outdated(raw) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise EntryError(f"outdated: expected a list of languages ({', '.join(TRANSLATIONS)})")
    unknown = {str(code) for code in raw} - set(TRANSLATIONS)
    if unknown:
        raise EntryError(f"outdated: unknown language {', '.join(sorted(unknown))} (use {', '.join(TRANSLATIONS)})")
    return sorted({str(code) for code in raw})


def change_time(value) -> str:
    """A change's date and time, canonical: ISO 8601 to the second, in the portal's time zone."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def parse_change_time(raw) -> datetime.datetime:
    if isinstance(raw, datetime.datetime):
        value = raw
    elif isinstance(raw, datetime.date):
        value = datetime.datetime.combine(raw, datetime.time())
    else:
        try:
            value = datetime.datetime.fromisoformat(str(raw).strip())
        except ValueError:
            raise EntryError(f"changes: {raw!r} is not a date and time (YYYY-MM-DDTHH:MM:SS+09:00)") from None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _changes(raw) -> list[dict]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise EntryError("changes: expected a list of {date, note}")
    changes = []
    for change in raw:
        if not isinstance(change, dict):
            raise EntryError("changes: each change must be a mapping with date and note")
        unknown = set(change) - {"date", "note"}
        if unknown:
            raise EntryError(f"changes: unknown field {', '.join(sorted(unknown))}")
        if change.get("date") in (None, ""):
            raise EntryError("changes: date is missing")
        note = _translations("changes note", change.get("note"))
        if not any(note.values()):
            raise EntryError("changes: note is missing")
        changes.append({"date": change_time(parse_change_time(change["date"])), "note": note})
    # Newest first, as on the updates page; the file's order decides between changes made the same second.
    return sorted(changes, key=lambda change: parse_change_time(change["date"]), reverse=True)


def _child_from_file(children: Children, raw) -> dict:
    model = apps.get_model(children.model)
    if not isinstance(raw, dict):
        raise EntryError(f"{children.name}: each cell must be a mapping")
    allowed = {*children.fields, *children.translated, *(("outdated",) if is_rendered(model) else ())}
    unknown = set(raw) - allowed
    if unknown:
        raise EntryError(f"{children.name}: unknown field {', '.join(sorted(unknown))}")
    entry = {name: _value(model, name, raw.get(name)) for name in children.fields}
    entry.update({name: _translations(name, raw.get(name)) for name in children.translated})
    if is_rendered(model):
        entry["outdated"] = _outdated(raw.get("outdated"))
    return entry


def from_file(spec: Spec, raw) -> dict:
    """Canonical entry from a file's entry; raises EntryError with a readable reason."""
    if not isinstance(raw, dict):
        raise EntryError("each entry must be a mapping of field names to values")
    model = spec.model_class
    allowed = {spec.key, *spec.fields, *spec.translated, *(ref.field for ref in spec.refs)}
    if spec.sources:
        allowed.add("sources")
    if spec.children:
        allowed.add(spec.children.name)
    if is_rendered(model):
        allowed.update(EDITORIAL)
    unknown = set(raw) - allowed
    if unknown:
        raise EntryError(f"unknown field {', '.join(sorted(unknown))}")
    if raw.get(spec.key) in (None, ""):
        raise EntryError(f"{spec.key} is missing")
    entry = {spec.key: _value(model, spec.key, raw[spec.key])}
    entry.update({name: _value(model, name, raw.get(name)) for name in spec.fields})
    entry.update({name: _translations(name, raw.get(name)) for name in spec.translated})
    for ref in spec.refs:
        if raw.get(ref.field) in (None, ""):
            raise EntryError(f"{ref.field} is missing")
        entry[ref.field] = _text(raw[ref.field])
    if spec.sources:
        sources = raw.get("sources") or []
        if not isinstance(sources, list):
            raise EntryError("sources must be a list of source keys")
        entry["sources"] = sorted(_text(key) for key in sources)
    if spec.children:
        cells = raw.get(spec.children.name) or {}
        if not isinstance(cells, dict):
            raise EntryError(f"{spec.children.name} must map keys to cells")
        entry[spec.children.name] = {
            _text(key): _child_from_file(spec.children, cell) for key, cell in sorted(cells.items())
        }
    if is_rendered(model):
        entry["outdated"] = _outdated(raw.get("outdated"))
        entry["changes"] = _changes(raw.get("changes"))
    return entry


def _db_value(obj, name):
    value = getattr(obj, name)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return _text(value)
    return value


def _db_translations(obj, name) -> dict:
    return {code: _text(getattr(obj, f"{name}_{column_suffix(code)}")) for code in CODES}


def outdated_in_database(obj) -> list[str]:
    """The languages whose translation was made from another Japanese text than the current one."""
    basis, current = obj.translation_basis or {}, obj.japanese_digest()
    return [code for code in TRANSLATIONS if basis.get(code) != current]


def changes_in_database(obj) -> list[dict]:
    from django.contrib.contenttypes.models import ContentType

    from portal.editorial.models import Update

    updates = Update.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
    return [{"date": change_time(update.created_at), "note": _db_translations(update, "note")} for update in updates]


def from_database(spec: Spec, obj) -> dict:
    """Canonical entry from a database row, in the same shape as from_file gives."""
    entry = {spec.key: _db_value(obj, spec.key)}
    entry.update({name: _db_value(obj, name) for name in spec.fields})
    entry.update({name: _db_translations(obj, name) for name in spec.translated})
    for ref in spec.refs:
        entry[ref.field] = _text(getattr(getattr(obj, ref.field), ref.key))
    if spec.sources:
        entry["sources"] = sorted(obj.sources.values_list("key", flat=True))
    if spec.children:
        children = spec.children
        rows = getattr(obj, children.name).select_related(children.ref.field)
        entry[children.name] = {
            _text(getattr(getattr(row, children.ref.field), children.ref.key)): {
                **{name: _db_value(row, name) for name in children.fields},
                **{name: _db_translations(row, name) for name in children.translated},
                **({"outdated": outdated_in_database(row)} if is_rendered(type(row)) else {}),
            }
            for row in sorted(rows, key=lambda row: getattr(getattr(row, children.ref.field), children.ref.key))
        }
    if is_rendered(type(obj)):
        entry["outdated"] = outdated_in_database(obj)
        entry["changes"] = changes_in_database(obj)
    return entry


def is_children(value) -> bool:
    """An entry's children (a card item's cells, keyed by the other item); translations map to strings."""
    return isinstance(value, dict) and bool(value) and all(isinstance(child, dict) for child in value.values())


def content_only(entry: dict) -> dict:
    """The entry without its editorial state (see the module docstring), its children's included."""
    return {key: ({name: content_only(child) for name, child in value.items()} if is_children(value) else value)
            for key, value in entry.items() if key not in EDITORIAL}


def digest(entry: dict) -> str:
    """Digest of the content of an entry (editorial state left out), to compare file, database and record."""
    canonical = json.dumps(content_only(entry), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
