from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.editorial.models import Update
from portal.editorial.rerender import rendered_models
from portal.languages import CODES, LANGUAGES

FEED_SIZE = 50


def updates(request):
    return render(request, "editorial/updates.html", {"updates": Update.objects.all()[:FEED_SIZE]})


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Specified Residence Card guide: updates")
    subtitle = _("Major changes to the guide, newest first.")

    def link(self):
        return reverse("editorial:updates")

    def feed_url(self):
        return reverse("editorial:feed")

    def items(self):
        return Update.objects.all()[:FEED_SIZE]

    def item_title(self, item):
        return item.note

    def item_description(self, item):
        return item.note

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_guid(self, item):
        return f"update-{item.pk}-{get_language()}"

    item_guid_is_permalink = False


@staff_member_required
def translation_dashboard(request):
    """Per language: what is missing and what is out of date, for every content type."""
    report = {code: {"missing": [], "outdated": []} for code in CODES}
    for model in rendered_models():
        if not hasattr(model, "translation_state"):
            continue
        for item in model.objects.all():
            for code in CODES:
                state = item.translation_state(code)
                if state != "current":
                    report[code][state].append({"item": item, "model": model._meta.verbose_name,
                                                "url": _admin_url(item)})
    languages = [{"code": code, "name": name, **report[code]} for code, name in LANGUAGES]
    return render(request, "editorial/dashboard.html", {"languages": languages, "title": _("Translations")})


def _admin_url(item):
    """The admin page where the item is edited (a card's cell is edited on its row's page)."""
    if not admin.site.is_registered(type(item)) and hasattr(item, "item"):
        item = item.item
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


@staff_member_required
def readings_review(request):
    """Every context-dependent reading in the Japanese texts, to check and fix with the glossary."""
    rows = []
    for model in rendered_models():
        for item in model.objects.exclude(uncertain_readings=[]):
            for spot in item.uncertain_readings:
                rows.append({**spot, "item": item, "model": model._meta.verbose_name, "url": _admin_url(item)})
    return render(request, "editorial/readings.html", {"rows": rows, "title": _("Readings to review")})
