from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control

from portal.core.models import visible
from portal.languages import CODES
from portal.qa.models import Question, Topic, renamed_topic

# Browsers keep a 301 for as long as they are allowed to: a day, so that a slug renamed back is not a loop.
OLD_SLUG_REDIRECT_MAX_AGE = 60 * 60 * 24


def old_slug_redirect(url: str) -> HttpResponsePermanentRedirect:
    """301 from a renamed topic's old address to its current one."""
    response = HttpResponsePermanentRedirect(url)
    patch_cache_control(response, public=True, max_age=OLD_SLUG_REDIRECT_MAX_AGE)
    return response


def _questions(request):
    return visible(Question.objects.all(), request).select_related("topic").prefetch_related("sources")


def _topics_with_questions(request):
    return visible(Topic.objects.all(), request).prefetch_related(
        Prefetch("questions", queryset=_questions(request), to_attr="published_questions")
    )


def index(request):
    return render(request, "qa/index.html", {"topics": _topics_with_questions(request)})


def topic(request, slug):
    topic = _topics_with_questions(request).filter(slug=slug).first()
    if topic is None:
        # A renamed topic keeps its old address (printed QR codes point at it): 301 to the current one.
        renamed = renamed_topic(visible(Topic.objects.all(), request), slug)
        if renamed is None:
            raise Http404("No topic with this slug.")
        return old_slug_redirect(renamed.get_absolute_url())
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
