"""The one-page printable sheet of a topic."""
import datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from portal.qa.models import Question, Topic

# Above this many characters of answers, the sheet uses its smaller type so it still fits one A4 page
# (English takes about twice the characters of Japanese for the same content).
DENSE_CHARACTERS = {"en": 2600, "ja": 1150, "ja-easy": 1150}


def topic_with_questions(slug: str) -> Topic:
    questions = Question.objects.published().prefetch_related("sources")
    return get_object_or_404(
        Topic.objects.published().prefetch_related(Prefetch("questions", queryset=questions, to_attr="published_questions")),
        slug=slug,
    )


def last_reviewed(topic: Topic) -> datetime.date | None:
    """The most recent review of the topic or any of its questions: what the sheet's reader can rely on."""
    dates = [item.last_reviewed for item in (topic, *topic.published_questions) if item.last_reviewed]
    return max(dates, default=None)


def is_dense(topic: Topic, code: str) -> bool:
    length = sum(len(question.source_text("answer", code)) for question in topic.published_questions)
    return length > DENSE_CHARACTERS.get(code, DENSE_CHARACTERS["ja"])
