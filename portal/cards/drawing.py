"""Layout of the card drawings: which items each card prints on its front and back, and keeps on its chip.

The drawings are schematic (they show where things are, not the real design); the template turns the
layout into inline SVG so the page needs no extra request and the drawing has a text alternative.
"""
from dataclasses import dataclass, field

from portal.cards.models import CardCell

# Inside a viewBox of 340 x 214 (the ID-1 card ratio, 85.6 x 54 mm).
FIRST_LINE_Y = 50
LINE_HEIGHT = 14
LINES_PER_COLUMN = 11


@dataclass
class Side:
    name: str
    items: list = field(default_factory=list)

    @property
    def lines(self):
        """Where each label goes; a side with more items than lines continues in a second column."""
        placed = []
        for index, item in enumerate(self.items):
            column, row = divmod(index, LINES_PER_COLUMN)
            placed.append({"x": 16 + column * 160, "y": FIRST_LINE_Y + row * LINE_HEIGHT, "item": item})
        return placed


@dataclass
class Face:
    card: object
    front: Side
    back: Side
    chip: list


def card_faces(cards, rows) -> list[Face]:
    faces = []
    for index, card in enumerate(cards):
        front, back, chip = Side("front"), Side("back"), []
        for row in rows:
            cell = row["cells"][index]
            if cell is None:
                continue
            if cell.presence == CardCell.Presence.CHIP:
                chip.append(row["item"])
            elif cell.presence == CardCell.Presence.FACE:
                if cell.side in (CardCell.Side.FRONT, CardCell.Side.BOTH, CardCell.Side.NOWHERE):
                    front.items.append(row["item"])
                if cell.side in (CardCell.Side.BACK, CardCell.Side.BOTH):
                    back.items.append(row["item"])
        faces.append(Face(card=card, front=front, back=back, chip=chip))
    return faces
