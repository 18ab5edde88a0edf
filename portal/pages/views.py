from django.shortcuts import render

from portal.pages.models import Section
from portal.qa.models import Topic
from portal.schedule.models import Event


def sections(page: str):
    return Section.objects.published().filter(page=page).prefetch_related("sources")


def home(request):
    return render(request, "pages/home.html", {
        "sections": sections(Section.Page.HOME),
        "topics": Topic.objects.published(),
        "key_events": Event.objects.published().exclude(date=None).filter(precision=Event.Precision.DAY),
    })


def eligibility(request):
    return render(request, "pages/eligibility.html", {"sections": sections(Section.Page.ELIGIBILITY)})
