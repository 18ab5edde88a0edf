"""Writing the database back to the content files (the inverse of the loader).

Entries carry the items' editorial state as well as their content: ``outdated`` (translations made from an
older Japanese text) and ``changes`` (major changes with their notes and dates), written only where there
is something to say, so that the files stay as readable as hand-written ones. See portal.content.entries
for what is carried and what is not (who made a change, the saved versions).
"""
from pathlib import Path

import yaml

from portal.content.entries import EDITORIAL, from_database, is_children
from portal.content.specs import SPECS


class _Dumper(yaml.SafeDumper):
    """Block style for multi-line texts so that the files stay readable and diff well."""


def _represent_text(dumper, value):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)


def _readable(entry: dict) -> dict:
    """The entry as a file says it: editorial state only where there is some."""
    return {key: ({name: _readable(child) for name, child in value.items()} if is_children(value) else value)
            for key, value in entry.items() if not (key in EDITORIAL and not value)}


def export_all(content_dir: Path) -> dict[str, int]:
    """Write every content file from the database; returns the number of entries per file."""
    files: dict[str, dict | list] = {}
    counts = {}
    for spec in SPECS:
        model = spec.model_class
        # The models' own ordering (topic, page, order...) keeps the files in reading order.
        entries = [_readable(from_database(spec, item)) for item in model.objects.all()]
        if spec.section:
            files.setdefault(spec.filename, {})[spec.section] = entries
        else:
            files[spec.filename] = entries
        counts[spec.filename + (f" ({spec.section})" if spec.section else "")] = len(entries)
    content_dir = Path(content_dir)
    content_dir.mkdir(parents=True, exist_ok=True)
    for filename, data in files.items():
        text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)
        (content_dir / filename).write_text(text, encoding="utf-8")
    return counts
