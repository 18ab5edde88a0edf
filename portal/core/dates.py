"""Dates as each language writes them. Japanese dates get furigana without the dictionary."""
import datetime

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.languages import EN, JAPANESE_CODES

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_WEEKDAYS = "月火水木金土日"


def plain(value: datetime.date, code: str, precision: str = "day") -> str:
    if code == EN:
        if precision == "year":
            return str(value.year)
        if precision == "month":
            return f"{EN_MONTHS[value.month - 1]} {value.year}"
        return f"{value.day} {EN_MONTHS[value.month - 1]} {value.year} ({EN_WEEKDAYS[value.weekday()]})"
    if precision == "year":
        return f"{value.year}年"
    if precision == "month":
        return f"{value.year}年{value.month}月"
    return f"{value.year}年{value.month}月{value.day}日({JA_WEEKDAYS[value.weekday()]})"


def display(value: datetime.date | None, code: str, precision: str = "day") -> SafeString:
    if value is None:
        return ""
    text = plain(value, code, precision)
    if code in JAPANESE_CODES:
        from portal.furigana.engine import annotate_numbers

        return mark_safe(annotate_numbers(text))
    return escape(text)
