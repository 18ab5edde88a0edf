import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Sourced


class Event(Publishable, Sourced):
    class Precision(models.TextChoices):
        DAY = "day", _("Exact day")
        MONTH = "month", _("Month only")
        YEAR = "year", _("Year only")

    class Status(models.TextChoices):
        DONE = "done", _("Done")
        SCHEDULED = "scheduled", _("Scheduled")
        NOT_ANNOUNCED = "not-announced", _("Not announced yet")

    inline_fields = ("title",)
    markdown_fields = ("description",)

    key = models.SlugField(_("key"), max_length=80, unique=True)
    date = models.DateField(_("date"), null=True, blank=True)
    precision = models.CharField(_("precision"), max_length=5, choices=Precision.choices, default=Precision.DAY)
    status = models.CharField(_("status"), max_length=15, choices=Status.choices, default=Status.SCHEDULED)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["date", "key"]
        verbose_name = _("schedule event")
        verbose_name_plural = _("schedule events")

    def __str__(self):
        return self.title or self.key

    def get_absolute_url(self):
        return reverse("schedule:schedule") + f"#event-{self.key}"

    def is_past(self, today: datetime.date) -> bool:
        """Past once the whole period its date names is over (a month-precise date: that month)."""
        if self.date is None:
            return False
        if self.precision == self.Precision.YEAR:
            return self.date.year < today.year
        if self.precision == self.Precision.MONTH:
            return (self.date.year, self.date.month) < (today.year, today.month)
        return self.date < today
