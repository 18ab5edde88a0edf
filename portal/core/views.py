"""Language-neutral views: the root redirect, the furigana switch and the health check."""
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import override
from django.views.decorators.http import require_safe

from portal.core.furigana_choice import COOKIE, COOKIE_MAX_AGE
from portal.languages import negotiate


@require_safe
def root(request):
    """Send the visitor to the home page in the best language their browser asks for."""
    code = negotiate(request.headers.get("Accept-Language", ""))
    with override(code):
        response = HttpResponseRedirect(reverse("pages:home"))
    response["Vary"] = "Accept-Language"
    response["Cache-Control"] = "private, max-age=0"
    return response


@require_safe
def furigana_switch(request):
    """Remember whether the reader wants readings shown; works without JavaScript."""
    show = request.GET.get("show") == "1"
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target, status=303)
    response.set_cookie(
        COOKIE, "1" if show else "0", max_age=COOKIE_MAX_AGE, samesite="Lax", secure=request.is_secure(), httponly=False
    )
    response["Cache-Control"] = "no-store"
    return response


def healthz(request):
    """For load balancers: answers without touching the database."""
    return HttpResponse("ok\n", content_type="text/plain")
