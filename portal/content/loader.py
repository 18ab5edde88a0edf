"""Loading the content files into the database, idempotently and without overwriting staff edits.

For every entry the loader compares three things: the file's entry, the database row (read back into
the same canonical shape) and the LoadRecord of what the file said when the row was last loaded.

- file unchanged since the last load: nothing to do, whatever staff did in the admin since;
- file changed, row untouched since the last load: the row is updated from the file;
- file changed and row edited in the admin: a conflict, reported; the row keeps the admin's version.

Every row created or updated is saved as a version (django-reversion, one revision per entry, with the
comment "Loaded from content/<file>"), so that the loaded text can be restored from the History after staff
change it. Rows left unchanged get no version. A row the loader creates also gets the entry's editorial
state (out-of-date marks and change notes, see portal.content.entries).
"""
import datetime
from dataclasses import dataclass, field
from pathlib import Path

import reversion
import yaml
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction

from portal.content.entries import EntryError, digest, from_database, from_file, is_rendered, parse_change_time
from portal.content.models import LoadRecord
from portal.content.specs import SPECS, Spec
from portal.languages import CODES, column_suffix


class LoadError(Exception):
    """The files cannot be loaded as they are; nothing was changed."""


@dataclass
class Outcome:
    spec: Spec
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.spec.filename + (f" ({self.spec.section})" if self.spec.section else "")


def read_entries(spec: Spec, content_dir: Path) -> list:
    path = Path(content_dir) / spec.filename
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LoadError(f"{path}: file not found") from None
    except yaml.YAMLError as error:
        raise LoadError(f"{path}: not valid YAML: {error}") from None
    if spec.section:
        data = (data or {}).get(spec.section) if isinstance(data, dict) else None
    if data is None:
        return []
    if not isinstance(data, list):
        raise LoadError(f"{path}: expected a list of entries")
    return data


def _find(model, key_field: str, key):
    """The row with this key, or the one that had it before staff renamed it in the admin (a file not
    exported since still names the old key); None if there is neither."""
    found = model.objects.filter(**{key_field: key}).first()
    if found is None and hasattr(model, "by_former_key"):
        found = model.by_former_key(key)
    return found


def _lookup(model_label: str, key_field: str, key, where: str):
    model = apps.get_model(model_label)
    found = _find(model, key_field, key)
    if found is None:
        raise LoadError(f"{where}: no {model._meta.model_name} with {key_field} {key!r}")
    return found


def _assign(obj, name: str, value):
    field_object = obj._meta.get_field(name)
    if value is not None and field_object.get_internal_type() == "DateField":
        value = datetime.date.fromisoformat(value)
    setattr(obj, name, value)


def _assign_translations(obj, name: str, texts: dict):
    for code in CODES:
        setattr(obj, f"{name}_{column_suffix(code)}", texts[code])


def _save(obj, where: str):
    try:
        obj.full_clean()
    except ValidationError as error:
        raise LoadError(f"{where}: {'; '.join(error.messages)}") from None
    obj.save()


# Stands in a translation's basis for "made from an older Japanese text": it never equals a text's digest.
OUTDATED_BASIS = "outdated"


def version_comment(spec: Spec) -> str:
    return f"Loaded from content/{spec.filename}"


def mark_outdated(obj, codes) -> None:
    """Mark translations out of date, as the file says (the save just made them all current)."""
    if not codes:
        return
    obj.translation_basis = {**(obj.translation_basis or {}), **{code: OUTDATED_BASIS for code in codes}}
    type(obj)._default_manager.filter(pk=obj.pk).update(translation_basis=obj.translation_basis)
    _version_again(obj)


def add_changes(obj, changes) -> None:
    """Recreate an item's major changes with their notes and dates (oldest first, so that ids follow dates)."""
    from portal.editorial.models import Update, refresh_last_major_change

    if not changes:
        return
    content_type = ContentType.objects.get_for_model(obj)
    for change in reversed(changes):
        update = Update(content_type=content_type, object_id=obj.pk)
        _assign_translations(update, "note", change["note"])
        update.save()
        Update.objects.filter(pk=update.pk).update(created_at=parse_change_time(change["date"]))
    if hasattr(obj, "last_major_change"):
        obj.last_major_change = refresh_last_major_change(content_type, obj.pk)
        _version_again(obj)


def _version_again(obj) -> None:
    """The row changed after its save (with .update()): let its version say what the row now says."""
    if reversion.is_active() and reversion.is_registered(type(obj)):
        reversion.add_to_revision(obj)


def write(spec: Spec, obj, entry: dict, where: str):
    """Make the row say what the entry says, saved as one version."""
    if not reversion.is_registered(spec.model_class):  # the glossary keeps no versions
        _write(spec, obj, entry, where)
        return
    with reversion.create_revision():
        reversion.set_comment(version_comment(spec))
        _write(spec, obj, entry, where)


def _write(spec: Spec, obj, entry: dict, where: str):
    created = obj.pk is None
    _assign(obj, spec.key, entry[spec.key])
    for name in spec.fields:
        _assign(obj, name, entry[name])
    for name in spec.translated:
        _assign_translations(obj, name, entry[name])
    for ref in spec.refs:
        setattr(obj, ref.field, _lookup(ref.model, ref.key, entry[ref.field], where))
    _save(obj, where)
    if spec.sources:
        obj.sources.set([_lookup("sources.Source", "key", key, where) for key in entry["sources"]])
    if spec.children:
        _write_children(spec, obj, entry, where)
    if created and is_rendered(type(obj)):
        mark_outdated(obj, entry["outdated"])
        add_changes(obj, entry["changes"])


def _write_children(spec: Spec, obj, entry: dict, where: str):
    children = spec.children
    model = apps.get_model(children.model)
    kept = []
    for other_key, values in entry[children.name].items():
        other = _lookup(children.ref.model, children.ref.key, other_key, where)
        row = model.objects.filter(**{children.parent_field: obj, children.ref.field: other}).first()
        row = row or model(**{children.parent_field: obj, children.ref.field: other})
        created = row.pk is None
        for name in children.fields:
            _assign(row, name, values[name])
        for name in children.translated:
            _assign_translations(row, name, values[name])
        _save(row, f"{where} {children.name} {other_key}")
        if created and is_rendered(model):
            mark_outdated(row, values["outdated"])
        kept.append(row.pk)
    model.objects.filter(**{children.parent_field: obj}).exclude(pk__in=kept).delete()


def load_spec(spec: Spec, content_dir: Path) -> Outcome:
    outcome = Outcome(spec)
    model = spec.model_class
    seen = set()
    for index, raw in enumerate(read_entries(spec, content_dir), start=1):
        where = f"{outcome.label} entry {index}"
        try:
            entry = from_file(spec, raw)
        except EntryError as error:
            raise LoadError(f"{where}: {error}") from None
        key = entry[spec.key]
        where = f"{outcome.label} {spec.key} {key}"
        if key in seen:
            raise LoadError(f"{where}: appears twice")
        seen.add(key)
        file_digest = digest(entry)
        record = LoadRecord.objects.filter(model=spec.model, key=str(key)).first()
        obj = _find(model, spec.key, key)
        if obj is None:
            write(spec, model(), entry, where)
            outcome.created += 1
        elif record is not None and record.digest == file_digest:
            outcome.unchanged += 1
            continue
        else:
            database_digest = digest(from_database(spec, obj))
            if database_digest == file_digest:
                outcome.unchanged += 1
            elif record is not None and record.digest == database_digest:
                write(spec, obj, entry, where)
                outcome.updated += 1
            else:
                outcome.conflicts.append(
                    f"{where}: changed in the file and edited in the admin; the admin's version was kept"
                )
                continue
        LoadRecord.objects.update_or_create(model=spec.model, key=str(key), defaults={"digest": file_digest})
    return outcome


def load_all(content_dir: Path) -> list[Outcome]:
    """Load every content file in one transaction: either all of it or, on an error, nothing."""
    with transaction.atomic():
        return [load_spec(spec, content_dir) for spec in SPECS]
