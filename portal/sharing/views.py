"""Views of the sharing feature; the logic lives in the modules beside this one."""
from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, override
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from portal.core.furigana_choice import furigana_shown
from portal.languages import EASY, negotiate
from portal.qa.views import old_slug_redirect
from portal.sharing import counter, ics, links, qr, sheets

QR_MAX_AGE = 60 * 60 * 24 * 7
# Said in every language because this address has none: it is an image URL that a person rarely sees.
QR_BAD_PATH = (
    "This is not a page of this site.\n"
    "このサイトのページではありません。\n"
    "この サイトの ページでは ありません。\n"
)


@require_safe
def short_question_any_language(request, number):
    """/q/<number>: the question in the language the browser asks for (so the answer varies)."""
    code = negotiate(request.headers.get("Accept-Language", ""))
    response = HttpResponseRedirect(links.question_url(number, code))
    response["Vary"] = "Accept-Language"
    response["Cache-Control"] = "private, max-age=0"
    return response


@require_safe
def short_question(request, number):
    """/<lang>/q/<number>: permanent, since the number never changes meaning."""
    return HttpResponsePermanentRedirect(links.question_url(number, get_language()))


@require_safe
@cache_control(public=True, max_age=QR_MAX_AGE)
def qr_code(request):
    path = qr.site_path(request.GET.get("path"))
    if path is None:
        return HttpResponseBadRequest(QR_BAD_PATH, content_type="text/plain; charset=utf-8")
    return HttpResponse(qr.svg(request.build_absolute_uri(path)), content_type="image/svg+xml")


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("django.contrib.sitemaps.views.sitemap"))
    return render(request, "sharing/robots.txt", {"sitemap": sitemap},
                  content_type="text/plain; charset=utf-8")


def topic_sheet(request, slug):
    topic = sheets.topic_with_questions(slug)
    if topic is None:
        # The sheet of a renamed topic: the QR code printed on an old sheet must keep working.
        renamed = sheets.renamed_topic(slug)
        if renamed is None:
            raise Http404("No topic with this slug.")
        return old_slug_redirect(reverse("sharing-topic-sheet", kwargs={"slug": renamed.slug}))
    code = get_language()
    return render(request, "sharing/topic_sheet.html", {
        "topic": topic,
        "questions": [
            {"question": question,
             "short_url": request.build_absolute_uri(links.short_question_path(question.number, code))}
            for question in topic.published_questions
        ],
        "topic_url": request.build_absolute_uri(topic.get_absolute_url()),
        "qr_url": links.qr_path(topic.get_absolute_url()),
        "last_reviewed": sheets.last_reviewed(topic),
        "dense": sheets.is_dense(topic, code),
        "is_sheet": True,
        # Easy-Japanese sheets always carry furigana, whatever the reader chose for the screen (the
        # view's context overrides the context processor's furigana_on); print.css does the same on paper.
        "furigana_on": code == EASY or furigana_shown(request, code),
    })


def counter_index(request):
    return render(request, "sharing/counter_index.html", counter.index())


def counter_procedure(request, key):
    return render(request, "sharing/counter_card.html", {"card": counter.procedure_card(key), "kind": "procedure"})


def counter_item(request, key):
    return render(request, "sharing/counter_card.html", {"card": counter.item_card(key), "kind": "item"})


@require_safe
def schedule_ics(request):
    code = get_language()
    with override(code):
        page_url = request.build_absolute_uri(reverse("schedule:schedule"))
    body = ics.calendar(code, request.get_host().split(":")[0], page_url)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="schedule-{code}.ics"'
    response["Cache-Control"] = "public, max-age=3600"
    return response
