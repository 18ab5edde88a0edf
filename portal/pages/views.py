from django.shortcuts import render

from portal.core.models import visible
from portal.pages.models import Section
from portal.qa.models import Topic


def sections(page: str, request):
    return visible(Section.objects.filter(page=page), request).prefetch_related("sources")


def home(request):
    return render(request, "pages/home.html", {
        "sections": sections(Section.Page.HOME, request),
        "topics": visible(Topic.objects.all(), request),
    })


def eligibility(request):
    return render(request, "pages/eligibility.html", {"sections": sections(Section.Page.ELIGIBILITY, request)})
