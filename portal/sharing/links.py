"""Permanent and short addresses of pages, absolute where they leave the site (QR codes, print, calendars)."""
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import override

from portal.qa.models import Question


def published_question(number: int) -> Question:
    return get_object_or_404(Question.objects.published(), number=number)


def question_url(number: int, code: str) -> str:
    """The question's own page in a language (its slug may change; its number never does)."""
    question = published_question(number)
    with override(code):
        return question.get_absolute_url()


def short_question_path(number: int, code: str) -> str:
    with override(code):
        return reverse("sharing-short-question", kwargs={"number": number})


def qr_path(page_path: str) -> str:
    return f"{reverse('sharing-qr')}?{urlencode({'path': page_path})}"
