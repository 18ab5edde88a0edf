"""“My dates” as an iCalendar file: all-day events, made on the fly, never stored."""
import datetime
import uuid

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .mydates import MyDates

# A fixed namespace so the same dates always give the same event UIDs (a calendar app that imports
# the file twice updates the events instead of doubling them) without storing anything.
_UID_NAMESPACE = uuid.UUID("5b0c5f5e-7f3e-4d36-9d55-1f3c2b7a2c10")


def titles() -> dict[str, str]:
    return {
        "update_from": _("My Number Card: you can update it at your municipal office from today"),
        "last_my_number_day": _("Last day your card works as a My Number Card (end of your period of stay)"),
        "special_period_until": _("Special period: ends at the latest today"),
        "card_end": _("Your card expires"),
        "card_last_day": _("Your card expires: last day it works as a My Number Card"),
        "stay_end": _("Your period of stay ends"),
    }


def build(dates: MyDates, source_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Specified Residence Card guide//My dates//EN")
    calendar.add("version", "2.0")
    stamp = datetime.datetime.now(datetime.timezone.utc)
    names = titles()
    for key, value, _past in dates.rows:
        event = Event()
        event.add("uid", f"{uuid.uuid5(_UID_NAMESPACE, f'{key}:{value.isoformat()}')}@my-dates")
        event.add("dtstamp", stamp)
        event.add("dtstart", value)
        event.add("dtend", value + datetime.timedelta(days=1))
        event.add("summary", names[key])
        event.add("description", _("Guidance, not legal advice. Check with your municipal office or the immigration bureau.") + "\n" + source_url)
        calendar.add_component(event)
    return calendar.to_ical()


def download(dates: MyDates, request) -> HttpResponse:
    response = HttpResponse(build(dates, request.build_absolute_uri(reverse("tools:dates"))),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-dates.ics"'
    return response
