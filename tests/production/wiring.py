"""The error views as the lead wires them in portal/urls.py and settings (see test_error_pages.py)."""
from django.urls import get_callable, get_resolver

HANDLERS = {
    400: "portal.core.errors.bad_request",
    403: "portal.core.errors.permission_denied",
    404: "portal.core.errors.page_not_found",
    500: "portal.core.errors.server_error",
}
CSRF_FAILURE_VIEW = "portal.core.errors.csrf_failure"


def unwired_handlers(urlconf: str = "portal.urls") -> list[int]:
    """Status codes whose handler in `urlconf` is not ours (strings or callables both count)."""
    resolver = get_resolver(urlconf)
    return [status for status, dotted in HANDLERS.items() if resolver.resolve_error_handler(status) is not get_callable(dotted)]
