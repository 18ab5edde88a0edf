"""Easy-Japanese topic sheets always carry furigana; every other page keeps the reader's choice."""
import re

import pytest

pytestmark = pytest.mark.django_db


def _root_classes(client, path):
    page = client.get(path).content.decode()
    return re.search(r'<html lang="[^"]+" class="([^"]*)"', page).group(1).split()


@pytest.mark.parametrize("choice", ["0", "1", None])
def test_easy_japanese_sheets_show_furigana_whatever_the_reader_chose(client, choice):
    if choice is not None:
        client.cookies["furigana"] = choice
    for slug in ("basics", "myths"):
        assert "furigana-on" in _root_classes(client, f"/ja-easy/print/topic/{slug}/")


def test_other_pages_and_japanese_sheets_keep_the_readers_choice(client):
    client.cookies["furigana"] = "0"
    for path in ("/ja-easy/qa/topic/basics/", "/ja-easy/", "/ja/print/topic/basics/", "/ja/qa/topic/basics/"):
        assert "furigana-off" in _root_classes(client, path), path
    client.cookies["furigana"] = "1"
    for path in ("/ja/print/topic/basics/", "/ja/qa/topic/basics/"):
        assert "furigana-on" in _root_classes(client, path), path
    assert "furigana-off" in _root_classes(client, "/en/print/topic/basics/")
