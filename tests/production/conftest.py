import pytest

from tests.production.wiring import CSRF_FAILURE_VIEW, unwired_handlers


@pytest.fixture(autouse=True)
def _error_views(settings):
    """Test the error pages even before the lead wires them (test_error_handlers_are_wired guards that)."""
    if unwired_handlers():
        settings.ROOT_URLCONF = "tests.production.urls"
    if settings.CSRF_FAILURE_VIEW != CSRF_FAILURE_VIEW:
        settings.CSRF_FAILURE_VIEW = CSRF_FAILURE_VIEW
