"""Link previews say what the page says: question pages an excerpt of their answer, topic pages their summary."""
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils.translation import override

from portal.languages import CODES
from portal.qa.models import Question, Topic
from portal.sharing.templatetags.sharing import plain_text, shorten
from tests.pages import elements, visible_text
from tests.sharing.helpers import meta

pytestmark = pytest.mark.django_db

SITE_SENTENCE = {
    "en": "The Specified Residence Card (residence card and My Number Card in one), explained in Japanese, "
          "English and easy Japanese.",
}


def _tags(client, path):
    page = client.get(path).content.decode()
    tags = meta(page)
    description = [tag["content"] for tag in elements(page, "meta") if tag.get("name") == "description"]
    title = unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).rsplit(" | ", 1)[0].strip()
    return page, tags, description, title


def _site_sentence(client, code):
    """The site-wide description, as the sources page (which has no description of its own) carries it."""
    with override(code):
        return _tags(client, reverse("sources:list"))[2][0]


def _without_ellipsis(text):
    return text.removesuffix("…")


@pytest.mark.parametrize("code", CODES)
def test_question_pages_describe_themselves_with_their_answer(client, code):
    site = _site_sentence(client, code)
    if code in SITE_SENTENCE:
        assert site == SITE_SENTENCE[code]
    descriptions = set()
    for question in Question.objects.published():
        with override(code):
            path = question.get_absolute_url()
        page, tags, description, _title = _tags(client, path)
        assert len(description) == 1 and tags["og:description"] == description, path
        text = description[0]
        assert text != site, path
        assert text and "<" not in text and ">" not in text, path
        assert len(text) <= (200 if code == "en" else 110), path
        # The excerpt is the beginning of the answer as the page shows it: without furigana readings.
        answer = " ".join(visible_text(re.search(r'<div class="prose">(.*?)</div>', page, re.S).group(1)).split())
        start = _without_ellipsis(text)
        assert " ".join(answer.split()).replace(" ", "").startswith(start.replace(" ", "")), (path, text, answer[:200])
        descriptions.add(text)
    assert len(descriptions) == Question.objects.published().count()


@pytest.mark.parametrize("code", CODES)
def test_topic_pages_and_sheets_describe_themselves_with_their_summary(client, code):
    site = _site_sentence(client, code)
    for topic in Topic.objects.published():
        assert topic.summary_en and topic.summary_ja
        for name in ("qa:topic", "sharing-topic-sheet"):
            with override(code):
                path = reverse(name, kwargs={"slug": topic.slug})
            _page, tags, description, _title = _tags(client, path)
            assert tags["og:description"] == description, path
            assert description[0] != site, path
            expected = shorten(plain_text(topic.html("summary", code)), 200 if code == "en" else 110)
            assert description[0] == expected, path
            if code == "en":
                assert _without_ellipsis(description[0]) in " ".join(topic.summary_en.split())


def test_japanese_excerpts_carry_no_furigana_readings():
    html = "<p><ruby>在留<rp>(</rp><rt>ざいりゅう</rt><rp>)</rp></ruby>カードです。</p><ul><li>ひとつ</li><li>ふたつ &amp; みっつ</li></ul>"
    assert plain_text(html) == "在留カードです。ひとつ ふたつ & みっつ"
    assert plain_text("<p>One.</p><p>Two &lt;b&gt;</p>") == "One. Two <b>"
    assert shorten("a" * 50, 10) == "a" * 9 + "…"
    assert shorten("one two three four five six", 15) == "one two three…"


@pytest.mark.parametrize("code", CODES)
def test_the_home_page_has_a_meaningful_title(client, code):
    with override(code):
        path = reverse("pages:home")
    page, tags, _description, title = _tags(client, path)
    assert tags["og:title"] == [title]
    assert title not in ("Home", "ホーム", "")
    h1 = " ".join(visible_text(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)).split())
    assert title == h1
    if code == "en":
        assert title == "The Specified Residence Card: your residence card and My Number Card in one"
