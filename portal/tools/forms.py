"""Forms of the tools. Dates are typed as year, month and day in separate boxes (the order on the
residence card), kept exactly as typed when they are wrong."""
import datetime
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from . import chooser

# Wide enough for any period of stay, narrow enough that date arithmetic can never overflow.
MIN_YEAR, MAX_YEAR = 2000, 2100


class ChooserForm(forms.Form):
    status = forms.ChoiceField(label=_("Which describes you?"), choices=chooser.STATUS_CHOICES,
                               widget=forms.RadioSelect, error_messages={"required": _("Choose one answer."), "invalid_choice": _("Choose one answer.")})
    procedure = forms.ChoiceField(label=_("Is a procedure at immigration coming up for you?"), choices=chooser.PROCEDURE_CHOICES,
                                  widget=forms.RadioSelect, error_messages={"required": _("Choose one answer."), "invalid_choice": _("Choose one answer.")})
    my_number = forms.ChoiceField(label=_("Do you use the My Number Card for health insurance or online services?"),
                                  choices=chooser.MY_NUMBER_CHOICES, widget=forms.RadioSelect,
                                  error_messages={"required": _("Choose one answer."), "invalid_choice": _("Choose one answer.")})


def _number(value: str) -> int | None:
    text = unicodedata.normalize("NFKC", value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None


def parse_date(year: str, month: str, day: str) -> datetime.date:
    """A date from three typed boxes; a clear message for what is wrong."""
    numbers = [_number(year), _number(month), _number(day)]
    if None in numbers:
        raise forms.ValidationError(_("Enter the year, month and day as numbers, for example 2027, 3, 31."), code="not_numbers")
    y, m, d = numbers
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise forms.ValidationError(_("Enter a year between 2000 and 2100."), code="year")
    try:
        return datetime.date(y, m, d)
    except ValueError:
        raise forms.ValidationError(_("This date does not exist. Check the month and the day."), code="no_such_date") from None


class DatesForm(forms.Form):
    stay_year = forms.CharField(label=_("Year"), required=False)
    stay_month = forms.CharField(label=_("Month"), required=False)
    stay_day = forms.CharField(label=_("Day"), required=False)
    card_year = forms.CharField(label=_("Year"), required=False)
    card_month = forms.CharField(label=_("Month"), required=False)
    card_day = forms.CharField(label=_("Day"), required=False)

    # What is typed is shown back as typed, but never more than this (a huge paste is cut).
    KEPT_CHARS = 20

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = {name: "".join(c for c in str(data.get(name, "")) if c.isprintable())[: self.KEPT_CHARS]
                    for name in self.base_fields}
        super().__init__(data, *args, **kwargs)
        for name, bound in self.fields.items():
            bound.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off", "size": 4 if name.endswith("year") else 2,
                                       "class": "date-part " + name.split("_")[1]})

    def _date(self, prefix: str) -> datetime.date | None:
        parts = [self.cleaned_data.get(f"{prefix}_{part}", "") for part in ("year", "month", "day")]
        if not any(p.strip() for p in parts):
            return None
        try:
            return parse_date(*parts)
        except forms.ValidationError as error:
            self.add_error(f"{prefix}_year", error)
            return None

    def clean(self):
        data = super().clean()
        data["stay_end"] = self._date("stay")
        data["card_end"] = self._date("card")
        # Either date is enough: a permanent resident has no period of stay, only the card's expiry.
        if not self.errors and data["stay_end"] is None and data["card_end"] is None:
            self.add_error("stay_year", _("Enter the date your period of stay ends, or the expiry date of your card."))
        return data
