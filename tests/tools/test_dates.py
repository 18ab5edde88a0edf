"""“My dates”: calendar-month arithmetic at its edges, bad input, the .ics file, nothing stored."""
import datetime

import pytest
from django.db import connection
from django.forms import ValidationError
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from portal.tools.forms import parse_date
from portal.tools.mydates import compute
from tests.pages import elements, visible_text

D = datetime.date
TODAY = D(2026, 11, 22)


@pytest.mark.parametrize("stay_end, special_until", [
    # Civil Code: the day the period of stay ends is not counted; a period starting on the 1st ends
    # on a month's last day; otherwise the day before the same day number, or the month's last day.
    (D(2027, 2, 28), D(2027, 4, 30)),   # not 28 April: the period starts on 1 March
    (D(2027, 6, 30), D(2027, 8, 31)),
    (D(2028, 2, 29), D(2028, 4, 30)),   # from a leap day
    (D(2027, 1, 15), D(2027, 3, 15)),
    (D(2027, 5, 31), D(2027, 7, 31)),
    (D(2027, 12, 31), D(2028, 2, 29)),  # ends on a leap day
    (D(2027, 12, 30), D(2028, 2, 29)),  # from 31 Dec: 31 Feb does not exist, so the month's last day
    (D(2027, 12, 29), D(2028, 2, 29)),  # from 30 Dec: likewise (not 28 Feb)
    (D(2026, 12, 30), D(2027, 2, 28)),
    (D(2027, 7, 30), D(2027, 9, 30)),   # from 31 Jul: 31 Sep does not exist
    (D(2027, 3, 1), D(2027, 5, 1)),
    (D(2027, 8, 31), D(2027, 10, 31)),
    (D(2027, 10, 31), D(2027, 12, 31)),
])
def test_the_special_period_ends_two_months_after_as_the_civil_code_counts(stay_end, special_until):
    dates = compute(stay_end, today=TODAY)
    assert dates.special_period_until == special_until
    assert dates.last_my_number_day == stay_end


@pytest.mark.parametrize("stay_end, update_from", [
    (D(2027, 1, 15), D(2026, 10, 15)),  # the same day number three months earlier
    (D(2027, 8, 31), D(2027, 5, 31)),
    (D(2027, 3, 1), D(2026, 12, 1)),    # across the year
    (D(2028, 2, 29), D(2027, 11, 29)),  # from a leap day
    (D(2028, 5, 29), D(2028, 2, 29)),   # to a leap day
    # No such day three months earlier: the next day, never a day before the window opens.
    (D(2027, 5, 31), D(2027, 3, 1)),
    (D(2027, 5, 29), D(2027, 3, 1)),
    (D(2028, 5, 31), D(2028, 3, 1)),
    (D(2027, 12, 31), D(2027, 10, 1)),
    (D(2027, 7, 31), D(2027, 5, 1)),
])
def test_updates_open_three_months_before(stay_end, update_from):
    assert compute(stay_end, today=TODAY).update_from == update_from


def test_dates_in_the_past_are_flagged():
    dates = compute(D(2026, 12, 31), today=TODAY)
    assert dates.is_past(dates.update_from) and not dates.is_past(dates.last_my_number_day)
    assert dates.can_update_now and not dates.stay_ended
    ended = compute(D(2026, 11, 21), today=TODAY)
    assert ended.stay_ended and not ended.can_update_now
    assert [past for _, _, past in ended.rows] == [True, True, False]


def test_rows_are_in_date_order_and_include_the_card():
    dates = compute(D(2027, 5, 31), card_end=D(2029, 1, 15), today=TODAY)
    assert [(key, day) for key, day, _ in dates.rows] == [
        ("update_from", D(2027, 3, 1)), ("last_my_number_day", D(2027, 5, 31)),
        ("special_period_until", D(2027, 7, 31)), ("card_end", D(2029, 1, 15))]


def test_a_card_that_expires_first_is_the_last_my_number_day():
    dates = compute(D(2027, 5, 31), card_end=D(2027, 4, 15), today=TODAY)
    assert dates.last_my_number_day == D(2027, 4, 15)
    assert [(key, day) for key, day, _ in dates.rows] == [
        ("update_from", D(2027, 3, 1)), ("card_last_day", D(2027, 4, 15)), ("stay_end", D(2027, 5, 31)),
        ("special_period_until", D(2027, 7, 31))]
    assert compute(D(2027, 5, 31), card_end=D(2027, 5, 31), today=TODAY).last_my_number_day == D(2027, 5, 31)


def test_no_update_date_for_a_card_that_expires_before_it():
    dates = compute(D(2027, 5, 31), card_end=D(2027, 1, 15), today=TODAY)
    assert dates.last_my_number_day == D(2027, 1, 15) and dates.update_from is None
    assert [key for key, _, _ in dates.rows] == ["card_last_day", "stay_end", "special_period_until"]


def test_without_a_period_of_stay_the_card_expiry_gives_the_dates():
    dates = compute(None, card_end=D(2030, 6, 30), today=TODAY)
    assert dates.last_my_number_day == D(2030, 6, 30)
    assert dates.update_from is None and dates.special_period_until is None  # both follow a period of stay
    assert [(key, day) for key, day, _ in dates.rows] == [("card_last_day", D(2030, 6, 30))]
    assert not dates.stay_ended and not dates.can_update_now


@pytest.mark.parametrize("parts, code", [
    (("abc", "1", "1"), "not_numbers"), (("", "3", "31"), "not_numbers"), (("2027", "-1", "3"), "not_numbers"),
    (("0", "1", "1"), "year"), (("0000", "1", "1"), "year"), (("9999", "12", "31"), "year"), (("1999", "1", "1"), "year"),
    (("2027", "2", "31"), "no_such_date"), (("2027", "2", "29"), "no_such_date"), (("2027", "13", "1"), "no_such_date"),
    (("2027", "0", "10"), "no_such_date"), (("2027", "4", "31"), "no_such_date"), (("2027", "1", "1.5"), "not_numbers"),
    (("20270", "1", "1"), "not_numbers"), (("２０２７", "２", "３０"), "no_such_date"),
])
def test_bad_dates_are_refused_with_a_reason(parts, code):
    with pytest.raises(ValidationError) as error:
        parse_date(*parts)
    assert error.value.code == code


def test_full_width_digits_and_spaces_are_accepted():
    assert parse_date(" ２０２８ ", "２", "２９") == D(2028, 2, 29)


def post(client, code="en", **fields):
    data = {"stay_year": "", "stay_month": "", "stay_day": "", "card_year": "", "card_month": "", "card_day": ""}
    data.update(fields)
    return client.post(f"/{code}/tools/my-dates/", data)


@pytest.mark.django_db
def test_the_page_shows_the_dates_with_sources(client):
    page = post(client, stay_year="2027", stay_month="5", stay_day="31").content.decode()
    text = visible_text(page)
    assert "1 March 2027 (Monday)" in text
    assert "31 May 2027 (Monday)" in text and "31 July 2027 (Saturday)" in text
    hrefs = {a.get("href") for a in elements(page, "a")}
    assert "/en/qa/25/end-of-period-of-stay/" in hrefs and "/en/qa/6/special-period/" in hrefs
    assert "not legal advice" in text and "not stored or logged" in text


@pytest.mark.django_db
def test_a_date_in_the_past_gets_a_note(client):
    text = visible_text(post(client, stay_year="2020", stay_month="1", stay_day="31").content.decode())
    assert "The end of your period of stay is in the past." in text and "In the past" in text


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ja", "ja-easy"])
def test_bad_input_keeps_what_was_typed(client, code):
    response = post(client, code, stay_year="2027", stay_month="2", stay_day="31", card_year="abc")
    assert response.status_code == 200
    page = response.content.decode()
    values = {i.get("name"): i.get("value") for i in elements(page, "input")}
    assert values["stay_year"] == "2027" and values["stay_month"] == "2" and values["stay_day"] == "31"
    assert values["card_year"] == "abc"
    assert 'class="error-summary" role="alert"' in page
    assert len([p for p in elements(page, "p") if p.get("class") == "error"]) == 2
    if code == "en":
        assert "This date does not exist" in visible_text(page)


@pytest.mark.django_db
def test_a_missing_date_is_asked_for(client):
    text = visible_text(post(client).content.decode())
    assert "Enter the date your period of stay ends, or the expiry date of your card." in text


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ja", "ja-easy"])
def test_the_card_expiry_alone_is_enough(client, code):
    response = post(client, code, card_year="2031", card_month="3", card_day="31")
    page = response.content.decode()
    assert 'class="error-summary"' not in page
    assert [t.get("datetime") for t in elements(page, "time")] == ["2031-03-31"]
    hrefs = {a.get("href") for a in elements(page, "a")}
    assert f"/{code}/qa/20/how-long-is-the-card-valid/" in hrefs
    if code == "en":
        text = visible_text(page)
        assert "Last day your card works as a My Number Card" in text and "31 March 2031 (Monday)" in text
        assert "special period" not in text.split("Your dates")[1]


@pytest.mark.django_db
def test_a_card_expiring_first_is_shown_as_the_last_day(client):
    page = post(client, stay_year="2027", stay_month="5", stay_day="31",
                card_year="2027", card_month="4", card_day="15").content.decode()
    text = visible_text(page).split("Your dates")[1]
    assert text.index("15 April 2027 (Thursday)") < text.index("Last day your card works as a My Number Card")
    assert text.index("Last day your card works as a My Number Card") < text.index("31 May 2027 (Monday)")
    assert "Your period of stay ends" in text


@pytest.mark.django_db
def test_nothing_is_stored_no_cookie_no_cache(client):
    with CaptureQueriesContext(connection) as queries:
        response = post(client, stay_year="2027", stay_month="5", stay_day="31", card_year="2029", card_month="1", card_day="1")
    assert not [q for q in queries.captured_queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert "2027" not in response.wsgi_request.get_full_path()


@pytest.mark.django_db
def test_the_calendar_file_has_the_right_dates(client):
    response = post(client, stay_year="2028", stay_month="5", stay_day="31", card_year="2030", card_month="1",
                    card_day="2", format="ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    events = sorted((e.decoded("dtstart"), str(e["summary"])) for e in calendar.walk("VEVENT"))
    assert [day for day, _ in events] == [D(2028, 3, 1), D(2028, 5, 31), D(2028, 7, 31), D(2030, 1, 2)]
    assert all(isinstance(day, datetime.date) and not isinstance(day, datetime.datetime) for day, _ in events)
    uids = {str(e["uid"]) for e in calendar.walk("VEVENT")}
    again = Calendar.from_ical(post(client, stay_year="2028", stay_month="5", stay_day="31", card_year="2030",
                                    card_month="1", card_day="2", format="ics").content)
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == uids  # same dates, same events


@pytest.mark.django_db
def test_no_calendar_for_bad_input(client):
    response = post(client, stay_year="2027", stay_month="2", stay_day="30", format="ics")
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_a_huge_or_hostile_input_is_refused_and_cut(client):
    response = post(client, stay_year="2" * 100_000, stay_month="\x00", stay_day="😀")
    assert response.status_code == 200
    values = {i.get("name"): i.get("value") for i in elements(response.content.decode(), "input")}
    assert len(values["stay_year"]) == 20
    assert "Enter the year, month and day as numbers" in visible_text(response.content.decode())
