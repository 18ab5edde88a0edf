"""Layout of the card drawings: which items each card prints on its front and back, and keeps on its chip.

The drawings are schematic: numbered fields on a card of the ID-1 shape, the photo where the card has
one, and a numbered list beside the drawing naming each field. The names live in the HTML list, not in
the SVG, so that they wrap, translate and carry furigana like any other text; the SVG only has to show
how much each side carries and where the photo is. Where a source does not say on which side an item
is printed, it is drawn on the front (the template says so).
"""
from dataclasses import dataclass, field
from math import ceil

from portal.cards.models import CardCell

PHOTO_ITEM = "photo"

# Inside a viewBox of 340 x 214 (the ID-1 card ratio, 85.6 x 54 mm).
WIDTH, HEIGHT = 340, 214
MARGIN = 14
FIELDS_TOP = 40
FIELDS_BOTTOM = HEIGHT - MARGIN
GAP = 6
PHOTO = {"x": 250, "y": FIELDS_TOP, "width": 76, "height": 96}
ROWS_PER_COLUMN = 6


@dataclass
class Side:
    name: str
    items: list = field(default_factory=list)

    @property
    def photo(self):
        """The photo's box and number, if this side shows the photo."""
        for number, item in enumerate(self.items, start=1):
            if item.key == PHOTO_ITEM:
                x, y, w, h = PHOTO["x"], PHOTO["y"], PHOTO["width"], PHOTO["height"]
                return {
                    **PHOTO, "number": number, "head_x": x + w / 2, "head_y": y + 38,
                    "shoulders": f"M{x + 12} {y + h} Q{x + w / 2} {y + 38} {x + w - 12} {y + h} Z",
                    "text_x": x + 9, "text_y": y + 15,
                }
        return None

    @property
    def fields(self):
        """A numbered box for every item but the photo, in columns left of the photo."""
        entries = [(number, item) for number, item in enumerate(self.items, start=1) if item.key != PHOTO_ITEM]
        if not entries:
            return []
        right = (PHOTO["x"] - GAP) if self.photo else (WIDTH - MARGIN)
        columns = ceil(len(entries) / ROWS_PER_COLUMN)
        rows = ceil(len(entries) / columns)
        width = (right - MARGIN - GAP * (columns - 1)) / columns
        height = min(24, (FIELDS_BOTTOM - FIELDS_TOP - GAP * (rows - 1)) / rows)
        boxes = []
        for index, (number, item) in enumerate(entries):
            column, row = divmod(index, rows)
            x = MARGIN + column * (width + GAP)
            y = FIELDS_TOP + row * (height + GAP)
            boxes.append({
                "number": number, "item": item, "x": round(x, 1), "y": round(y, 1),
                "width": round(width, 1), "height": round(height, 1),
                "text_x": round(x + 9, 1), "text_y": round(y + height / 2 + 4, 1),
                "bar_x": round(x + 22, 1), "bar_y": round(y + height / 2 - 2, 1), "bar_width": round(width - 30, 1),
            })
        return boxes


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
