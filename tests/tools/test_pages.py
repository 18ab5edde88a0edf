"""Every tool page in every language: one h1, labelled inputs, the search form in every header."""
import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from portal.languages import CODES, bcp47
from tests.pages import elements

pytestmark = pytest.mark.django_db
TOOL_PAGES = ["tools:index", "tools:search", "tools:chooser", "tools:dates"]


def tool_paths():
    for code in CODES:
        with override(code):
            for name in TOOL_PAGES:
                yield code, reverse(name)


@pytest.mark.parametrize("code, path", list(tool_paths()))
def test_tool_pages_are_well_formed(client, code, path):
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    assert len(re.findall(r"<h1[\s>]", page)) == 1
    assert f'<html lang="{bcp47(code)}"' in page
    assert "style=" not in page and not re.search(r"<script(?![^>]*\bsrc=)", page)
    labelled = {label.get("for") for label in elements(page, "label")}
    for field in elements(page, "input"):
        if field.get("type") != "hidden":
            assert field.get("id") in labelled, field


@pytest.mark.parametrize("path", ["/en/", "/ja/qa/", "/ja-easy/tools/my-dates/"])
def test_every_page_has_the_search_form(client, path):
    page = client.get(path).content.decode()
    forms = [f for f in elements(page, "form") if f.get("role") == "search"]
    assert forms and forms[0]["method"] == "get" and forms[0]["action"].endswith("/tools/search/")
    search_inputs = [i for i in elements(page, "input") if i.get("type") == "search"]
    labelled = {label.get("for") for label in elements(page, "label")}
    assert search_inputs and all(i["id"] in labelled and i["name"] == "q" for i in search_inputs)


def test_the_search_form_works_without_javascript(client):
    response = client.get("/ja/tools/search/", {"q": "ざいりゅう"})
    assert response.status_code == 200 and "<mark>" in response.content.decode()
