from django.db.models import Prefetch
from django.shortcuts import render

from portal.cards.models import Card, CardCell, CardItem
from portal.core.models import visible
from portal.cards.drawing import card_faces
from portal.pages.models import Section
from portal.pages.views import sections


def comparison(request):
    cards = list(visible(Card.objects.all(), request).prefetch_related("sources"))
    items = list(
        visible(CardItem.objects.all(), request).prefetch_related(
            "sources", Prefetch("cells", queryset=CardCell.objects.select_related("card"))
        )
    )
    rows = []
    for item in items:
        by_card = {cell.card_id: cell for cell in item.cells.all()}
        rows.append({"item": item, "cells": [by_card.get(card.pk) for card in cards]})
    return render(request, "cards/comparison.html", {
        "sections": sections(Section.Page.CARDS, request),
        "cards": cards,
        "rows": rows,
        "faces": card_faces(cards, rows),
    })
