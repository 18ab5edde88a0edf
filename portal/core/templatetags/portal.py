"""Template tags for language links, display HTML of content, furigana on interface text and dates."""
import datetime

from django import template
from django.urls import translate_url
from django.utils.translation import get_language

from portal.core import catalogue_ruby, dates, pagecache
from portal.languages import CODES, LANGUAGES, bcp47

register = template.Library()


@register.filter
def html(obj, field):
    """The saved display HTML of a content field in the current language: {{ question|html:"answer" }}."""
    return obj.html(field)


@register.filter
def ruby(text):
    """Interface text with the furigana made at build time, for Japanese pages: {{ _("Home")|ruby }}."""
    return catalogue_ruby.ruby(str(text), get_language())


@register.filter(name="bcp47")
def bcp47_filter(code):
    """A Django language code as a lang/hreflang value (ja-easy -> ja-x-easy)."""
    return bcp47(code)


@register.filter
def display_date(value: datetime.date | None, precision: str = "day"):
    return dates.display(value, get_language(), precision)


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in each language it exists in, for the switcher and the hreflang links.

    Views may narrow the languages with ``page_languages`` in the context (a page whose content is not
    translated yet is not offered in that language).
    """
    request = context["request"]
    current = get_language()
    offered = context.get("page_languages") or CODES
    # The same search or preview in the other language; junk parameters are not carried over.
    query = pagecache.page_query(request)
    links = []
    for code, name in LANGUAGES:
        if code not in offered:
            continue
        url = request.path if code == current else translate_url(request.path, code)
        url = f"{url}?{query}" if query else url
        links.append(
            {"code": code, "tag": bcp47(code), "name": name, "current": code == current,
             "url": url, "absolute_url": request.build_absolute_uri(url)}
        )
    return links


@register.simple_tag(takes_context=True)
def page_address(context):
    """This page's path with the query parameters that matter to it (see core/pagecache.py)."""
    return pagecache.page_address(context["request"])


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    request = context["request"]
    return request.build_absolute_uri(path or request.path)
