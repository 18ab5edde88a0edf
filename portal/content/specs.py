"""Which content file holds which model, and how an entry maps onto it.

One spec per kind of content. Entries are normalised to one canonical shape, both when read from a file
and when read back from the database, so that the two can be compared by digest (and written back by
export_content).
"""
from dataclasses import dataclass

from django.apps import apps


@dataclass(frozen=True)
class Ref:
    """A foreign key written in the file as the natural key of the other item."""

    field: str
    model: str
    key: str


@dataclass(frozen=True)
class Children:
    """Rows owned by an entry, written as a mapping from another item's key to the row's fields."""

    name: str
    model: str
    parent_field: str
    ref: Ref
    fields: tuple[str, ...]
    translated: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spec:
    model: str
    filename: str
    key: str
    fields: tuple[str, ...] = ()
    translated: tuple[str, ...] = ()
    refs: tuple[Ref, ...] = ()
    sources: bool = False
    children: Children | None = None
    section: str | None = None  # for files holding several lists: the top-level key of this one

    @property
    def model_class(self):
        return apps.get_model(self.model)


PUBLISHING = ("state", "last_reviewed")

SPECS = [
    # The glossary comes first: everything after it is rendered with it when saved.
    Spec("furigana.GlossaryEntry", "furigana_glossary.yaml", "surface", fields=("reading", "scope", "note")),
    Spec("sources.Source", "sources.yaml", "key", fields=("kind", "official", "url", "state"),
         translated=("title", "publisher", "note")),
    Spec("qa.Topic", "topics.yaml", "slug", fields=("order", *PUBLISHING), translated=("title", "summary")),
    Spec("qa.Question", "questions.yaml", "number", fields=("slug", "order", "certainty", *PUBLISHING),
         translated=("question", "answer"), refs=(Ref("topic", "qa.Topic", "slug"),), sources=True),
    Spec("pages.Section", "sections.yaml", "key", fields=("page", "order", "certainty", *PUBLISHING),
         translated=("heading", "body"), sources=True),
    Spec("cards.Card", "cards.yaml", "key", fields=("order", "certainty", "state"),
         translated=("name", "description"), sources=True, section="cards"),
    Spec("cards.CardItem", "cards.yaml", "key", fields=("order", "reading", "certainty", *PUBLISHING),
         translated=("label",), sources=True, section="items",
         children=Children("cells", "cards.CardCell", "item", Ref("card", "cards.Card", "key"),
                           fields=("presence", "side"), translated=("note",))),
    Spec("schedule.Event", "schedule.yaml", "key",
         fields=("date", "precision", "status", "certainty", *PUBLISHING),
         translated=("title", "description"), sources=True),
    Spec("procedures.Procedure", "procedures.yaml", "key",
         fields=("place", "order", "reading", "certainty", *PUBLISHING),
         translated=("name", "description"), sources=True),
    Spec("words.HardWord", "hardwords.yaml", "key", fields=("word", "reading", *PUBLISHING),
         translated=("meaning",)),
]
