"""sitemap.xml: every public page in every language, each with its language alternates."""
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.languages import CODES
from portal.qa.models import Question, Topic
from portal.sharing.sitemaps import SHARING_SITEMAPS


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    languages = CODES


class FixedPages(PortalSitemap):
    names = ["pages:home", "pages:eligibility", "qa:index", "cards:comparison", "schedule:schedule",
             "procedures:apply", "sources:list", "words:list", "editorial:updates",
             "tools:index", "tools:chooser", "tools:dates"]

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


class Topics(PortalSitemap):
    def items(self):
        return Topic.objects.published()

    def lastmod(self, item):
        return item.updated_at


class Questions(PortalSitemap):
    def items(self):
        return Question.objects.published()

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {"pages": FixedPages, "topics": Topics, "questions": Questions, **SHARING_SITEMAPS}
