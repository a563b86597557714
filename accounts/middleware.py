"""Hold a signed-in user at the code step until the second factor is given.

After the password, a user with an authenticator is signed in but not *verified*
(django-otp). Until they give a code, every page (the admin, Django's admin, the site's
login-protected pages and documents) sends them to the code step, so a password alone opens
nothing. A user who must use two-factor sign-in and has no authenticator yet is sent to set
one up. The API is left alone: it authenticates by bearer token and ignores the session.
"""

import django_otp
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from . import two_factor

VERIFY_URL_NAME = "accounts_two_factor_verify"
SETUP_URL_NAME = "accounts_two_factor_setup"
#: Views a user may reach while the code is still due (signing out, the admin's scripts).
ALWAYS_ALLOWED = {
    VERIFY_URL_NAME,
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "admin:logout",
}
PASSING_PREFIXES = ("/api/", "/healthz", "/readyz")


class TwoFactorMiddleware:
    """Redirect to the code step (or the set-up) while ``two_factor.must_verify()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # No session, no sign-in: anonymous requests never load the user (or vary on Cookie).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        if request.path_info.startswith(PASSING_PREFIXES):
            return None
        if not two_factor.must_verify(request):
            return None
        view_name = request.resolver_match.view_name if request.resolver_match else ""
        if view_name in ALWAYS_ALLOWED:
            return None
        # Setting up is open only to a user with no device at all: with recovery codes left,
        # a code is due first, or a password alone could replace the authenticator.
        has_device = django_otp.user_has_device(request.user)
        if not has_device and view_name == SETUP_URL_NAME:
            return None
        target = VERIFY_URL_NAME if has_device else SETUP_URL_NAME
        query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
        return redirect(f"{reverse(target)}?{query}")
