"""The comparison table: one row per item, one cell per card, and what the rows share."""
from dataclasses import dataclass
from types import SimpleNamespace


@dataclass
class Table:
    rows: list
    sources: list
    last_reviewed: object

    @property
    def meta(self):
        """The rows' shared sources and review date, shaped like an item for includes/sources.html."""
        return SimpleNamespace(sources=SimpleNamespace(all=lambda: self.sources), last_reviewed=self.last_reviewed)


def comparison_table(cards, items) -> Table:
    rows = []
    for item in items:
        by_card = {cell.card_id: cell for cell in item.cells.all()}
        cells = [by_card.get(card.pk) for card in cards]
        rows.append({"item": item, "cells": cells, "columns": list(zip(cards, cells))})
    sources = list({source.pk: source for item in items for source in item.sources.all()}.values())
    reviewed = [item.last_reviewed for item in items if item.last_reviewed]
    return Table(rows=rows, sources=sources, last_reviewed=max(reviewed, default=None))
