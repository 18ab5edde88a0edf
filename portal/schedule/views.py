from django.shortcuts import render
from django.utils import timezone

from portal.core.models import visible
from portal.pages.models import Section
from portal.pages.views import sections
from portal.schedule.models import Event


def schedule(request):
    today = timezone.localdate()
    events = list(visible(Event.objects.all(), request).prefetch_related("sources"))
    return render(request, "schedule/schedule.html", {
        "sections": sections(Section.Page.SCHEDULE, request),
        "past": [event for event in events if event.is_past(today)],
        "upcoming": [event for event in events if not event.is_past(today)],
        "today": today,
    })
