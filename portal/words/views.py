from django.shortcuts import render

from portal.words.models import HardWord


def word_list(request):
    return render(request, "words/list.html", {"words": HardWord.objects.published()})
