"""The resident tools' pages. Logic lives in search/, chooser.py, mydates.py and ics.py."""
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from portal.core import catalogue_ruby
from portal.qa.models import Question, Topic

from . import chooser as chooser_logic, ics
from .forms import ChooserForm, DatesForm
from .mydates import compute
from .search.finder import search as run_search

# The Q&A questions the “My dates” page cites.
DATES_QUESTIONS = {"update_from": (25,), "last_my_number_day": (25, 6), "special_period_until": (6,),
                   "card_end": (28, 26), "card_last_day": (20, 28, 26), "stay_end": (25, 6)}


def _questions(numbers) -> dict[int, Question]:
    return {q.number: q for q in Question.objects.published().filter(number__in=set(numbers))}


def _cited(statement, questions: dict[int, Question]) -> dict:
    """A chooser statement with the questions it comes from, ready for the template."""
    return {"text": statement.text, "dates_tool": statement.dates_tool,
            "sources": [questions[n] for n in statement.questions if n in questions]}


@require_safe
def index(request):
    return render(request, "tools/index.html")


# GET only. Exempt from the CSRF check so that any other method gets its 405 from require_safe
# instead of the CSRF failure page: the view changes nothing and reads no cookie.
@csrf_exempt
@require_safe
def search(request):
    query, results = run_search(request.GET.get("q", ""), get_language())
    capped_note = ""
    if results.capped:
        # The catalogue's furigana is made for the text with its placeholder; the number goes in after.
        message = gettext("The first %(shown)s are shown. Add a word to find fewer.")
        capped_note = mark_safe(catalogue_ruby.ruby(message, get_language()) % {"shown": len(results)})
    return render(request, "tools/search.html", {
        "query": query,
        "results": results,
        "capped_note": capped_note,
        "topics": Topic.objects.published() if not results else (),
    })


# POST, as “My dates”, so the answers never appear in a URL (server logs, history, Referer), and never
# in the page cache, which keys pages by URL and caches only GET. Nothing changes on the server and
# nothing is stored: no CSRF token, and so no cookie; the page with the answers is never cached.
# A GET shows the empty form, whatever its query string says.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def chooser(request):
    form = ChooserForm(request.POST if request.method == "POST" else None)
    context = {"form": form}
    if form.is_bound and form.is_valid():
        outcome = chooser_logic.advise(**form.cleaned_data)
        questions = _questions(chooser_logic.question_numbers(outcome))
        context |= {
            "outcome": outcome,
            "summary": _cited(outcome.summary, questions),
            "choices": [{"letter": c.letter, "fit": c.fit, **_cited(c.statement, questions)} for c in outcome.choices],
            "points": [_cited(point, questions) for point in outcome.points],
        }
    response = render(request, "tools/chooser.html", context)
    if request.method == "POST":
        add_never_cache_headers(response)
    return response


# POST so the dates never appear in a URL (server logs, history, Referer). Nothing changes on the
# server and nothing is stored, so there is nothing for a cross-site request to forge: no CSRF token,
# and so no cookie either.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def my_dates(request):
    form = DatesForm(request.POST if request.method == "POST" else None)
    dates = None
    if form.is_bound and form.is_valid():
        dates = compute(form.cleaned_data["stay_end"], form.cleaned_data["card_end"])
        if request.POST.get("format") == "ics":
            return ics.download(dates, request)
    questions = _questions(n for numbers in DATES_QUESTIONS.values() for n in numbers)
    rows = [{"key": key, "date": value, "past": past,
             "sources": [questions[n] for n in DATES_QUESTIONS[key] if n in questions]}
            for key, value, past in dates.rows] if dates else []
    return render(request, "tools/dates.html", {"form": form, "dates": dates, "rows": rows})
