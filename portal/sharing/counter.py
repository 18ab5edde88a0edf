""""Show at the counter": the official Japanese term of a procedure or card item, large, with its reading.

The Japanese line under the term is always in Japanese, whatever the page's language: it is what the
counter staff read.
"""
from dataclasses import dataclass

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, gettext, gettext_noop, override

from portal.cards.models import CardItem
from portal.languages import JA
from portal.procedures.models import Procedure


@dataclass
class CounterCard:
    japanese: str  # the official term, exactly as written in Japanese
    reading: str  # its reading in hiragana
    translated: str  # the term in the reader's language (display HTML)
    title: str  # the same as plain text, for <title>
    request_ja: str  # the sentence for the staff, in Japanese
    request_here: str  # the same sentence in the reader's language
    place_ja: str = ""
    place_here: str = ""


def _both(msgid: str) -> tuple[str, str]:
    """A sentence in Japanese (for the staff) and in the page's language (for the reader)."""
    here = gettext(msgid)
    with override(JA):
        return gettext(msgid), here


def _plain(obj, field: str) -> str:
    return obj.source_text(field, get_language()) or obj.source_text(field, JA)


def procedure_card(key: str) -> CounterCard:
    procedure = get_object_or_404(Procedure.objects.published(), key=key)
    request_ja, request_here = _both(gettext_noop("I would like to do this procedure."))
    place_here = procedure.get_place_display()
    with override(JA):
        place_ja = str(procedure.get_place_display())
    return CounterCard(
        japanese=procedure.source_text("name", JA), reading=procedure.reading, translated=procedure.html("name"),
        title=_plain(procedure, "name"),
        request_ja=request_ja, request_here=request_here, place_ja=place_ja, place_here=str(place_here),
    )


def item_card(key: str) -> CounterCard:
    item = get_object_or_404(CardItem.objects.published(), key=key)
    request_ja, request_here = _both(gettext_noop("I have a question about this item on my card."))
    return CounterCard(
        japanese=item.source_text("label", JA), reading=item.reading, translated=item.html("label"),
        title=_plain(item, "label"),
        request_ja=request_ja, request_here=request_here,
    )


def index():
    procedures = list(Procedure.objects.published())
    places = [
        {"key": value, "label": label, "procedures": [p for p in procedures if p.place == value]}
        for value, label in Procedure.Place.choices
    ]
    return {"places": places, "items": CardItem.objects.published()}
