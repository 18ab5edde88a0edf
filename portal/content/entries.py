"""The canonical shape of a content entry, read from a file or from the database, and its digest."""
import datetime
import hashlib
import json

from django.apps import apps
from django.db import models

from portal.content.specs import Children, Spec
from portal.languages import CODES, column_suffix


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


def _child_from_file(children: Children, raw) -> dict:
    model = apps.get_model(children.model)
    if not isinstance(raw, dict):
        raise EntryError(f"{children.name}: each cell must be a mapping")
    unknown = set(raw) - set(children.fields) - set(children.translated)
    if unknown:
        raise EntryError(f"{children.name}: unknown field {', '.join(sorted(unknown))}")
    entry = {name: _value(model, name, raw.get(name)) for name in children.fields}
    entry.update({name: _translations(name, raw.get(name)) for name in children.translated})
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
            }
            for row in sorted(rows, key=lambda row: getattr(getattr(row, children.ref.field), children.ref.key))
        }
    return entry


def digest(entry: dict) -> str:
    canonical = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
