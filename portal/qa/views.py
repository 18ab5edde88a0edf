from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render

from portal.core.models import visible
from portal.languages import CODES
from portal.qa.models import Question, Topic


def _questions(request):
    return visible(Question.objects.all(), request).select_related("topic").prefetch_related("sources")


def _topics_with_questions(request):
    return visible(Topic.objects.all(), request).prefetch_related(
        Prefetch("questions", queryset=_questions(request), to_attr="published_questions")
    )


def index(request):
    return render(request, "qa/index.html", {"topics": _topics_with_questions(request)})


def topic(request, slug):
    topic = get_object_or_404(_topics_with_questions(request), slug=slug)
    return render(request, "qa/topic.html", {"topic": topic, "questions": topic.published_questions})


def question(request, number, slug):
    item = get_object_or_404(_questions(request), number=number)
    if slug != item.slug:
        return redirect(item, permanent=True)
    languages = [code for code in CODES if item.has_translation("question", code) and item.has_translation("answer", code)]
    return render(request, "qa/question.html", {
        "question": item,
        "page_languages": languages,
        "siblings": _questions(request).filter(topic=item.topic).exclude(pk=item.pk),
    })


def question_by_number(request, number):
    return redirect(get_object_or_404(_questions(request), number=number), permanent=True)
