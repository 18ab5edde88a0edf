"""The schedule as an iCalendar file, one per language, for readers' own calendar apps.

Events whose date is not announced yet cannot be placed in a calendar and are left out; an event
known only to the month or year spans that whole period and says so, rather than pretending to a day.
"""
import datetime

from dateutil.relativedelta import relativedelta
from django.utils.translation import gettext, override
from icalendar import Calendar, Event as CalendarEvent

from portal.languages import JA, bcp47
from portal.schedule.models import Event

PRODID = "-//Specified Residence Card guide//schedule//EN"


def _text(event: Event, field: str, code: str) -> str:
    return (event.source_text(field, code) or event.source_text(field, JA)).strip()


def _period(event: Event) -> tuple[datetime.date, datetime.date]:
    """Start and (exclusive) end of the whole days the event's date names."""
    if event.precision == Event.Precision.YEAR:
        start = event.date.replace(month=1, day=1)
        return start, start + relativedelta(years=1)
    if event.precision == Event.Precision.MONTH:
        start = event.date.replace(day=1)
        return start, start + relativedelta(months=1)
    return event.date, event.date + datetime.timedelta(days=1)


def _precision_note(event: Event) -> str:
    if event.precision == Event.Precision.YEAR:
        return gettext("Only the year is announced.")
    if event.precision == Event.Precision.MONTH:
        return gettext("Only the month is announced.")
    return ""


def calendar(code: str, host: str, page_url: str) -> bytes:
    """The published, dated events in one language; `host` makes stable UIDs, `page_url` links back."""
    with override(code):
        cal = Calendar.new(
            prodid=PRODID,
            name=gettext("Specified Residence Card schedule"),
            description=gettext("Dates of the Specified Residence Card system. Dates not announced yet are not included."),
            language=bcp47(code),
            uid=f"schedule.{code}@{host}",  # stable, so calendar apps update rather than duplicate
            url=page_url,
        )
        events = Event.objects.published().exclude(date=None).prefetch_related("sources")
        for event in events:
            start, end = _period(event)
            description = "\n\n".join(part for part in (_precision_note(event), _text(event, "description", code)) if part)
            cal.add_component(CalendarEvent.new(
                uid=f"{event.key}.{code}@{host}",
                stamp=event.updated_at,
                start=start,
                end=end,
                summary=_text(event, "title", code),
                description=description or None,
                url=page_url,
                transparency="TRANSPARENT",  # a date to know, not time the reader is busy
            ))
    return cal.to_ical()
