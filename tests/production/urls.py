"""portal.urls with the error handlers, used only while portal/urls.py does not wire them yet.

tests/production/conftest.py switches to this module only in that case; test_error_pages.py fails on
its own until the real wiring exists, so this shim never hides a missing handler.
"""
from portal.urls import urlpatterns  # noqa: F401

from tests.production.wiring import HANDLERS

handler400 = HANDLERS[400]
handler403 = HANDLERS[403]
handler404 = HANDLERS[404]
handler500 = HANDLERS[500]
