"""The schedule as an .ics file: valid iCalendar, every dated published event, in the page's language."""
import datetime

import pytest
from django.utils.translation import override
from icalendar import Calendar

from portal.languages import CODES, JA
from portal.schedule.models import Event
from tests.pages import elements

pytestmark = pytest.mark.django_db


def _calendar(client, code) -> Calendar:
    response = client.get(f"/{code}/schedule.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


@pytest.mark.parametrize("code", CODES)
def test_calendar_has_every_dated_published_event_in_the_language(client, code):
    cal = _calendar(client, code)
    events = {str(component["UID"]).split(".")[0]: component for component in cal.walk("VEVENT")}
    dated = Event.objects.published().exclude(date=None)
    assert dated.count() >= 5
    assert set(events) == {event.key for event in dated}
    for event in dated:
        component = events[event.key]
        title = event.source_text("title", code) or event.source_text("title", JA)
        assert str(component["SUMMARY"]) == title.strip()
        assert component.decoded("DTSTART") == event.date
        assert isinstance(component.decoded("DTSTART"), datetime.date)
        assert component.decoded("DTEND") == event.date + datetime.timedelta(days=1)
        with override(code):
            assert str(component["URL"]) == f"http://testserver/{code}/schedule/"
    assert len({str(component["UID"]) for component in cal.walk("VEVENT")}) == dated.count()


def test_undated_events_are_left_out_and_each_language_has_its_own_uids(client):
    undated = set(Event.objects.published().filter(date=None).values_list("key", flat=True))
    assert undated, "the content has events not announced yet"
    uids = {}
    for code in CODES:
        cal = _calendar(client, code)
        keys = {str(component["UID"]).split(".")[0] for component in cal.walk("VEVENT")}
        assert not keys & undated
        uids[code] = {str(component["UID"]) for component in cal.walk("VEVENT")}
    assert not uids["ja"] & uids["en"] and not uids["en"] & uids["ja-easy"]


def test_month_precision_spans_the_month_and_says_so(client):
    event = Event.objects.published().exclude(date=None).first()
    event.precision = Event.Precision.MONTH
    event.date = datetime.date(2027, 2, 10)
    event.save()
    cal = _calendar(client, "en")
    component = next(c for c in cal.walk("VEVENT") if str(c["UID"]).startswith(event.key + "."))
    assert component.decoded("DTSTART") == datetime.date(2027, 2, 1)
    assert component.decoded("DTEND") == datetime.date(2027, 3, 1)
    assert "Only the month is announced." in str(component["DESCRIPTION"])


@pytest.mark.parametrize("code", CODES)
def test_the_schedule_page_links_to_its_calendar(client, code):
    page = client.get(f"/{code}/schedule/").content.decode()
    assert f"/{code}/schedule.ics" in [a.get("href") for a in elements(page, "a")]
