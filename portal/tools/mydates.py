"""“My dates”: the dates that follow from the end of a period of stay (FACTS: Living with it; Q6, Q25).

Calendar months, not days: three months before 31 May is 28 February (29 in a leap year), as
dateutil's relativedelta counts them.
"""
import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.utils import timezone

UPDATE_MONTHS_BEFORE = 3  # update at the municipality from three months before the period of stay ends
SPECIAL_PERIOD_MONTHS = 2  # the special period lasts up to two months after it ends


@dataclass(frozen=True)
class MyDates:
    stay_end: datetime.date
    card_end: datetime.date | None
    update_from: datetime.date
    last_my_number_day: datetime.date
    special_period_until: datetime.date
    today: datetime.date

    def is_past(self, value: datetime.date | None) -> bool:
        return value is not None and value < self.today

    @property
    def stay_ended(self) -> bool:
        return self.is_past(self.stay_end)

    @property
    def can_update_now(self) -> bool:
        return self.update_from <= self.today <= self.stay_end

    @property
    def days_left(self) -> int:
        return (self.stay_end - self.today).days

    @property
    def rows(self) -> list[tuple[str, datetime.date, bool]]:
        """(key, date, is past) in date order, for the page and the calendar file."""
        rows = [("update_from", self.update_from), ("last_my_number_day", self.last_my_number_day),
                ("special_period_until", self.special_period_until)]
        if self.card_end:
            rows.append(("card_end", self.card_end))
        return [(key, value, self.is_past(value)) for key, value in sorted(rows, key=lambda row: row[1])]


def today_in_japan() -> datetime.date:
    return timezone.localdate()  # TIME_ZONE is Asia/Tokyo: the dates are Japanese office days


def compute(stay_end: datetime.date, card_end: datetime.date | None = None,
            today: datetime.date | None = None) -> MyDates:
    return MyDates(
        stay_end=stay_end,
        card_end=card_end,
        update_from=stay_end - relativedelta(months=UPDATE_MONTHS_BEFORE),
        last_my_number_day=stay_end,
        special_period_until=stay_end + relativedelta(months=SPECIAL_PERIOD_MONTHS),
        today=today or today_in_japan(),
    )
