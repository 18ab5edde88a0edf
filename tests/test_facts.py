"""Every fact of FACTS.md is on the site, in every language (tables in tests/facts/*.yaml).

The tables are written beside the content: for each fact, the page that carries it and the strings that
must appear there in each language. Furigana readings and tags are removed before comparing; Japanese is
compared without whitespace (easy Japanese puts spaces between phrases).
"""
import re
from pathlib import Path

import pytest
import yaml

from portal.languages import CODES, EN
from tests.pages import visible_text

TABLES = sorted((Path(__file__).parent / "facts").glob("*.yaml"))
FACTS = [fact for table in TABLES for fact in yaml.safe_load(table.read_text(encoding="utf-8"))]


def normalise(text: str, code: str) -> str:
    if code == EN:
        return re.sub(r"\s+", " ", text)
    return re.sub(r"\s+", "", text)


def test_the_fact_tables_cover_the_site():
    assert len(FACTS) >= 60
    for fact in FACTS:
        assert set(fact["expect"]) == set(CODES), fact["fact"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_every_fact_is_on_its_page(client, code):
    pages = {}
    missing = []
    for fact in FACTS:
        path = fact["path"].format(lang=code)
        if path not in pages:
            response = client.get(path, follow=True)
            pages[path] = normalise(visible_text(response.content.decode()), code) if response.status_code == 200 else None
        text = pages[path]
        if text is None:
            missing.append(f"{path} does not answer 200 ({fact['fact']})")
            continue
        for expected in fact["expect"][code]:
            if normalise(expected, code) not in text:
                missing.append(f"{path}: {expected!r} ({fact['fact']})")
    assert missing == []
