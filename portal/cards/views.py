from django.db.models import Prefetch
from django.shortcuts import render

from portal.cards.models import Card, CardCell, CardItem
from portal.core.models import visible
from portal.cards.drawing import card_faces
from portal.cards.table import comparison_table
from portal.pages.models import Section
from portal.pages.views import sections


def comparison(request):
    cards = list(visible(Card.objects.all(), request).prefetch_related("sources"))
    items = list(
        visible(CardItem.objects.all(), request).prefetch_related(
            "sources", Prefetch("cells", queryset=CardCell.objects.select_related("card"))
        )
    )
    table = comparison_table(cards, items)
    return render(request, "cards/comparison.html", {
        "sections": sections(Section.Page.CARDS, request),
        "cards": cards,
        "rows": table.rows,
        "table": table,
        "faces": card_faces(cards, table.rows),
    })
