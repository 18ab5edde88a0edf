"""Sitemap sections for the sharing feature's public pages; portal/core/sitemaps.py adds them to SITEMAPS."""
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.cards.models import CardItem
from portal.languages import CODES
from portal.procedures.models import Procedure
from portal.qa.models import Topic


class _EveryLanguage(Sitemap):
    # The same settings as portal.core.sitemaps.PortalSitemap (not imported: that module imports this one).
    i18n = True
    alternates = True
    languages = CODES


class TopicSheets(_EveryLanguage):
    priority = 0.3

    def items(self):
        return Topic.objects.published()

    def location(self, item):
        return reverse("sharing-topic-sheet", kwargs={"slug": item.slug})

    def lastmod(self, item):
        return item.updated_at


class CounterPages(_EveryLanguage):
    priority = 0.4

    def items(self):
        return [("sharing-counter-index", None), *(("sharing-counter-procedure", p.key) for p in Procedure.objects.published()),
                *(("sharing-counter-item", i.key) for i in CardItem.objects.published())]

    def location(self, item):
        name, key = item
        return reverse(name, kwargs={"key": key} if key else None)


SHARING_SITEMAPS = {"topic-sheets": TopicSheets, "counter": CounterPages}
