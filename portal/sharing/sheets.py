"""The one-page printable sheet of a topic."""
import datetime

from django.db.models import Prefetch

from portal.qa import models as qa_models
from portal.qa.models import Question, Topic

# Above this many characters of answers, the sheet uses its smaller type so it still fits one A4 page
# (English takes about twice the characters of Japanese for the same content).
DENSE_CHARACTERS = {"en": 2600, "ja": 1150, "ja-easy": 1150}


def topic_with_questions(slug: str) -> Topic | None:
    """The published topic with this (current) slug, with its published questions; None if there is none."""
    questions = Question.objects.published().prefetch_related("sources")
    return (
        Topic.objects.published()
        .prefetch_related(Prefetch("questions", queryset=questions, to_attr="published_questions"))
        .filter(slug=slug)
        .first()
    )


def renamed_topic(old_slug: str) -> Topic | None:
    """The published topic that had this slug before."""
    return qa_models.renamed_topic(Topic.objects.published(), old_slug)


def last_reviewed(topic: Topic) -> datetime.date | None:
    """The most recent review of the topic or any of its questions: what the sheet's reader can rely on."""
    dates = [item.last_reviewed for item in (topic, *topic.published_questions) if item.last_reviewed]
    return max(dates, default=None)


def is_dense(topic: Topic, code: str) -> bool:
    length = sum(len(question.source_text("answer", code)) for question in topic.published_questions)
    return length > DENSE_CHARACTERS.get(code, DENSE_CHARACTERS["ja"])
