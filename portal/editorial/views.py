from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from portal.editorial.models import Update
from portal.editorial.rerender import rendered_models
from portal.languages import CODES, LANGUAGES, bcp47

FEED_SIZE = 50


def public_updates():
    """The newest updates the public may see (published items only, so no link answers 404)."""
    return Update.objects.public().select_related("content_type")[:FEED_SIZE]


def updates(request):
    return render(request, "editorial/updates.html", {"updates": public_updates()})


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Specified Residence Card guide: updates")
    subtitle = _("Major changes to the guide, newest first.")
    author_name = _("Specified Residence Card guide")

    def get_object(self, request, *args, **kwargs):
        # Entry ids are absolute URIs, so the feed needs to know where it is served.
        return request

    @property
    def language(self):
        # xml:lang is BCP 47: easy Japanese is ja-x-easy, as on the pages (Feed reads this per request).
        return bcp47(get_language())

    def link(self, request):
        return reverse("editorial:updates")

    def feed_url(self, request):
        return reverse("editorial:feed")

    def author_link(self, request):
        return request.build_absolute_uri(reverse("pages:home"))

    def items(self, request):
        updates = list(public_updates())
        list_url = request.build_absolute_uri(reverse("editorial:updates"))
        for update in updates:
            # Stable (never changes when the item is renamed or the note is edited) and unique per language,
            # since the updates list has one address per language; the list has an anchor of this name.
            update.feed_id = f"{list_url}#update-{update.pk}"
        return updates

    def item_title(self, item):
        return gettext("%(page)s: %(note)s") % {"page": item.page_title(), "note": item.note}

    def item_description(self, item):
        return item.note

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_guid(self, item):
        return item.feed_id

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
