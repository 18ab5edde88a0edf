from django.shortcuts import render

from portal.core.models import visible
from portal.pages.models import Section
from portal.pages.views import sections
from portal.procedures.models import Procedure


def apply(request):
    procedures = list(visible(Procedure.objects.all(), request).prefetch_related("sources"))
    places = [
        {"place": label, "key": value, "procedures": [p for p in procedures if p.place == value]}
        for value, label in Procedure.Place.choices
    ]
    return render(request, "procedures/apply.html", {"sections": sections(Section.Page.APPLY, request), "places": places})
