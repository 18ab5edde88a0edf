"""portal.urls plus a view that raises, to see the 500 page through the whole middleware stack."""
from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns
from tests.production.wiring import HANDLERS


def boom(request):
    raise RuntimeError("a deliberate failure for the 500 page test")


urlpatterns = [*portal_urlpatterns, *i18n_patterns(path("boom/", boom), prefix_default_language=True)]

handler400 = HANDLERS[400]
handler403 = HANDLERS[403]
handler404 = HANDLERS[404]
handler500 = HANDLERS[500]
