from django.shortcuts import render

from portal.core.models import visible
from portal.pages.models import Section
from portal.pages.views import sections
from portal.sources.models import Source


def source_list(request):
    return render(request, "sources/list.html", {
        "sections": sections(Section.Page.SOURCES, request),
        "sources": visible(Source.objects.all(), request),
    })
