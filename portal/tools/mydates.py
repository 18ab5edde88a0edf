"""“My dates”: the dates that follow from the end of a period of stay and the expiry of a card
(FACTS: Living with it; Q6, Q20, Q25, Q26, Q28).

Months are counted the way the Civil Code counts periods (Articles 140 to 143), so that a date never
falls a day early at the end of a month; see ``months_after`` and ``months_before``.
"""
import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.utils import timezone

UPDATE_MONTHS_BEFORE = 3  # update at the municipality from three months before the period of stay ends
SPECIAL_PERIOD_MONTHS = 2  # the special period lasts up to two months after it ends

ONE_DAY = datetime.timedelta(days=1)


def months_after(last_day: datetime.date, months: int) -> datetime.date:
    """The last day of the period of ``months`` months that follows ``last_day``.

    The Civil Code does not count the initial day (Art. 140): the period starts the next day. A period
    that starts on the first of a month ends on the last day of a month (Art. 143(1)); otherwise on
    the day before the day with the same number, or, if the last month has no such day, on its last
    day (Art. 143(2)). So 28 Feb 2027 -> 30 Apr 2027, 30 Jun -> 31 Aug, 15 Jan -> 15 Mar, and
    30 Dec 2027 -> 29 Feb 2028 (31 Feb does not exist). relativedelta clamps a missing day to the
    month's end, which is exactly Art. 143(2)'s proviso; subtracting a day after clamping would not be.
    """
    start = last_day + ONE_DAY
    corresponding = start + relativedelta(months=months)
    if corresponding.day != start.day:  # no such day in the last month: its last day
        return corresponding
    return corresponding - ONE_DAY


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The first day of the ``months`` months before ``day``, counted back the same way.

    Counting back from the expiry, the expiry day itself is not counted either, so the date has the
    same day number ``months`` months earlier (15 Jan -> 15 Oct, 31 Aug -> 31 May, 1 Mar -> 1 Dec).
    Only where that month has no such day does this differ from plain calendar arithmetic: 31 May
    gives 1 March, not 28 February. Counting back from 30 May (the last day before the expiry), the
    corresponding day 30 February does not exist, and the period may not reach further back than
    three months: 28 February to 30 May is three months and three days. The earlier date would also
    send a reader to the office on a day the update may be refused; the later one costs at most a day.
    """
    corresponding = day - relativedelta(months=months)
    if corresponding.day != day.day:  # clamped to the end of a shorter month
        return corresponding + ONE_DAY
    return corresponding


@dataclass(frozen=True)
class MyDates:
    stay_end: datetime.date | None
    card_end: datetime.date | None
    update_from: datetime.date | None
    last_my_number_day: datetime.date
    special_period_until: datetime.date | None
    today: datetime.date

    def is_past(self, value: datetime.date | None) -> bool:
        return value is not None and value < self.today

    @property
    def last_day_is_card_expiry(self) -> bool:
        """The card expires before the period of stay ends (or there is no period of stay)."""
        return self.card_end is not None and (self.stay_end is None or self.card_end < self.stay_end)

    @property
    def stay_ended(self) -> bool:
        return self.is_past(self.stay_end)

    @property
    def can_update_now(self) -> bool:
        return self.update_from is not None and self.update_from <= self.today <= self.last_my_number_day

    @property
    def rows(self) -> list[tuple[str, datetime.date, bool]]:
        """(key, date, is past) in date order, for the page and the calendar file."""
        rows = []
        if self.update_from:
            rows.append(("update_from", self.update_from))
        if self.last_day_is_card_expiry:
            rows.append(("card_last_day", self.card_end))
            if self.stay_end:
                rows.append(("stay_end", self.stay_end))
        else:
            rows.append(("last_my_number_day", self.last_my_number_day))
            if self.card_end:
                rows.append(("card_end", self.card_end))
        if self.special_period_until:
            rows.append(("special_period_until", self.special_period_until))
        return [(key, value, self.is_past(value)) for key, value in sorted(rows, key=lambda row: row[1])]


def today_in_japan() -> datetime.date:
    return timezone.localdate()  # TIME_ZONE is Asia/Tokyo: the dates are Japanese office days


def compute(stay_end: datetime.date | None, card_end: datetime.date | None = None,
            today: datetime.date | None = None) -> MyDates:
    """The dates for a period of stay ending on ``stay_end`` and/or a card expiring on ``card_end``.

    A card stops working on its expiry date, so the last day it works as a My Number Card is the
    earlier of the two dates. A reader with no period of stay (a permanent resident) gets only the
    dates that follow from the card's expiry: the update from three months before and the special
    period belong to the period of stay.
    """
    if stay_end is None and card_end is None:
        raise ValueError("a period of stay or a card expiry is needed")
    last_day = min(day for day in (stay_end, card_end) if day is not None)
    update_from = months_before(stay_end, UPDATE_MONTHS_BEFORE) if stay_end else None
    if update_from and card_end and card_end < update_from:
        # The card has expired before the update window opens: the sources say nothing about
        # updating an expired card, so the page does not send the reader to do it.
        update_from = None
    return MyDates(
        stay_end=stay_end,
        card_end=card_end,
        update_from=update_from,
        last_my_number_day=last_day,
        special_period_until=months_after(stay_end, SPECIAL_PERIOD_MONTHS) if stay_end else None,
        today=today or today_in_japan(),
    )
