"""URLs of the portal.

Two kinds, kept apart:

- Language-neutral URLs, unprefixed: ``/`` (sends the visitor to the best language from
  Accept-Language), ``/healthz``, ``/furigana`` (the reader's switch), ``/sitemap.xml`` and the admin.
  They name no language and must not depend on one for their meaning.
- Language-prefixed URLs (``/ja/``, ``/en/``, ``/ja-easy/``): every public page, through
  ``i18n_patterns``. The same path after the prefix is the same page in each language, which is what the
  switcher and the hreflang links rely on (``translate_url``).
"""
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from portal.core import views as core_views
from portal.core.sitemaps import SITEMAPS
from portal.editorial import views as editorial_views
from portal.sharing import urls as sharing_urls

urlpatterns = [
    path("", core_views.root, name="root"),
    path("healthz", core_views.healthz, name="healthz"),
    path("furigana", core_views.furigana_switch, name="furigana-switch"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS, "template_name": "sitemap.xml"}, name="django.contrib.sitemaps.views.sitemap"),
    path(settings.ADMIN_URL + "translations/", editorial_views.translation_dashboard, name="translation-dashboard"),
    path(settings.ADMIN_URL + "readings/", editorial_views.readings_review, name="readings-review"),
    path(settings.ADMIN_URL, admin.site.urls),
    *sharing_urls.neutral_urlpatterns,
]

urlpatterns += i18n_patterns(
    path("", include("portal.pages.urls")),
    path("qa/", include("portal.qa.urls")),
    path("cards/", include("portal.cards.urls")),
    path("schedule/", include("portal.schedule.urls")),
    path("apply/", include("portal.procedures.urls")),
    path("sources/", include("portal.sources.urls")),
    path("words/", include("portal.words.urls")),
    path("tools/", include("portal.tools.urls")),
    path("updates/", include("portal.editorial.urls")),
    path("", include(sharing_urls)),
    prefix_default_language=True,
)

# Friendly error pages in the visitor's language (from the URL prefix, else Accept-Language).
handler400 = "portal.core.errors.bad_request"
handler403 = "portal.core.errors.permission_denied"
handler404 = "portal.core.errors.page_not_found"
handler500 = "portal.core.errors.server_error"
