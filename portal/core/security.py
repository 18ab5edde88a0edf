"""Content-Security-Policy with one exception: the admin's own templates use inline style attributes."""
from csp.middleware import CSPMiddleware
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/" + settings.ADMIN_URL):
            parts.update = {**(parts.update or {}), "style-src": ["'self'", "'unsafe-inline'"]}
        return parts
