"""The card page: the comparison table and the drawings agree with the cells staff edit."""
import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from portal.cards.models import Card, CardCell, CardItem
from portal.languages import CODES
from tests.pages import visible_text

pytestmark = pytest.mark.django_db

FRONT = {CardCell.Side.FRONT, CardCell.Side.BOTH, CardCell.Side.NOWHERE}
BACK = {CardCell.Side.BACK, CardCell.Side.BOTH}


def _card_page(client, code="en"):
    with override(code):
        return client.get(reverse("cards:comparison")).content.decode()


def _figure(page, card, side):
    """The <figure> of one side of one card's drawing."""
    svg_id = f"svg-{card.key}-{side}"
    start = page.index(f'aria-labelledby="{svg_id}"')
    return page[page.rindex("<figure", 0, start): page.index("</figure>", start)]


def _printed_labels(card, sides):
    cells = CardCell.objects.filter(card=card, presence=CardCell.Presence.FACE, side__in=sides)
    with override("en"):
        return [cell.item.label for cell in cells.select_related("item").order_by("item__order")]


@pytest.mark.parametrize("side, sides", [("front", FRONT), ("back", BACK)])
def test_each_drawing_numbers_exactly_the_items_printed_on_that_side(client, side, sides):
    page = _card_page(client)
    for card in Card.objects.all():
        figure = _figure(page, card, side)
        expected = _printed_labels(card, sides)
        legend = [visible_text(li).strip() for li in re.findall(r"<li>(.*?)</li>", figure, re.S)]
        assert legend == expected, (card.key, side)
        # Every item is numbered once in the drawing: the fields plus the photo box.
        numbers = sorted(int(n) for n in re.findall(r'class="card-number"[^>]*>(\d+)</text>', figure))
        assert numbers == list(range(1, len(expected) + 1)), (card.key, side)
        has_photo = any(label == "Photo" for label in expected)
        assert ('class="card-photo"' in figure) == has_photo, (card.key, side)


def test_a_card_with_nothing_on_a_side_says_so(client):
    card = Card.objects.get(key="my-number-card")
    for cell in CardCell.objects.filter(card=card, side=CardCell.Side.BACK):
        cell.side = CardCell.Side.FRONT
        cell.save()  # as staff save it: the cached page is invalidated
    figure = _figure(_card_page(client), card, "back")
    assert "<li>" not in figure
    assert "Nothing printed" in visible_text(figure)


@pytest.mark.parametrize("code", CODES)
def test_every_cell_names_its_card_for_the_phone_layout_and_keeps_table_headers(client, code):
    page = _card_page(client, code)
    table = page[page.index('<table class="compare"'): page.index("</table>")]
    cards = Card.objects.count()
    rows = re.findall(r'<tr id="item-[^"]+" role="row">(.*?)</tr>', table, re.S)
    assert rows, "no rows in the comparison table"
    for row in rows:
        assert row.count('<th scope="row" role="rowheader">') == 1
        assert row.count('role="cell"') == cards
        # The card's name inside each cell is only for sighted phone readers; screen readers get the header.
        assert row.count('<span class="cell-card" aria-hidden="true">') == cards
    assert table.count('<th scope="col" role="columnheader">') == cards + 1


def test_the_table_lists_the_sources_of_every_row(client):
    page = _card_page(client)
    table_end = page.index("</table>")
    sources_block = page[table_end: page.index("</details>", table_end)]
    with override("en"):
        expected = {source.title for item in CardItem.objects.all() for source in item.sources.all()}
    assert expected, "the card items cite no sources"
    for title in expected:
        assert title in visible_text(sources_block), title
