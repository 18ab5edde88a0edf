"""The `furigana` management command and the database glossary."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from portal.furigana.glossary import current_glossary
from portal.furigana.models import GlossaryEntry


@pytest.mark.django_db
def test_command_writes_one_line_per_input_line():
    out = StringIO()
    call_command("furigana", stdin=StringIO("窓口\n\nカード\n"), stdout=out)
    assert out.getvalue().split("\n")[:3] == [
        "<ruby>窓口<rp>(</rp><rt>まどぐち</rt><rp>)</rp></ruby>", "", "カード"]


@pytest.mark.django_db
def test_command_reading_uses_the_staff_glossary():
    GlossaryEntry.objects.update_or_create(surface="窓口", defaults={"reading": "まどぐちてすと"})
    out = StringIO()
    call_command("furigana", "--reading", stdin=StringIO("日本の 窓口\n"), stdout=out)
    assert out.getvalue().strip() == "にほんの まどぐちてすと"


@pytest.mark.django_db
def test_glossary_cache_follows_saves_and_deletes():
    GlossaryEntry.objects.filter(surface="窓口").delete()
    assert current_glossary().get("窓口").reading == "まどぐち"  # the shipped entry
    entry = GlossaryEntry.objects.create(surface="窓口", reading="まど")
    assert current_glossary().get("窓口").reading == "まど"
    entry.delete()
    assert current_glossary().get("窓口").reading == "まどぐち"


def test_model_clean_validates_reading_and_surface():
    GlossaryEntry(surface="入管", reading="ニュウカン").clean()  # katakana is turned into hiragana
    with pytest.raises(ValidationError):
        GlossaryEntry(surface="入管", reading="nyukan").clean()
    with pytest.raises(ValidationError):
        GlossaryEntry(surface=" ", reading="にゅうかん").clean()
