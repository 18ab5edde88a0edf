from django.shortcuts import render

from portal.core.models import visible
from portal.words.models import HardWord


def word_list(request):
    return render(request, "words/list.html", {"words": visible(HardWord.objects.all(), request)})
