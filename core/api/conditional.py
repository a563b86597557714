"""Conditional requests on every public API GET: ``ETag``, ``If-None-Match`` → 304, caching.

The ETag of a public response is derived, not hashed from the body: the ``pages`` content
version (``core.cache_versions``, bumped by every publish, unpublish, move, delete and every
declared snippet/image change), the next moment the clock changes what ``listable()`` shows,
the active language and the full URL (scheme, host, path and every parameter). So a 304 is
answered before the view runs, without rendering a page or querying the database, and a
publish changes every ETag at once.

- Public responses: ``ETag: W/"…"`` and ``Cache-Control: public, no-cache`` (store, but
  revalidate every time), or ``public, max-age=API_CACHE_SECONDS`` when that is set.
- Authenticated requests (an ``Authorization`` header, or a signed-in session: editors see
  drafts): ``Cache-Control: private, no-store``, no ETag, never a 304.
- ``Vary: Accept-Language`` comes from Django's ``LocaleMiddleware`` (problem details may be
  translated; the language is part of the ETag). ``locale`` is a query parameter, so it is
  part of the URL and needs no ``Vary``.

The screen feeds keep their own body-derived ETags (``screens.api``) and the draft preview
is private (``core.api.preview_router``); both are left alone.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import cache_versions
from core.page_cache import next_listable_change

API_PREFIX = "/api/v3/"
#: Under the API prefix, but with their own caching rules.
OWN_RULES = ("/api/v3/screens/", "/api/v3/preview/")


def is_private(request) -> bool:
    """Requests whose answer depends on who asks (tokens, signed-in editors)."""
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def etag_for(request) -> str:
    moment = next_listable_change()
    parts = [
        str(cache_versions.current(cache_versions.PAGES)),
        moment.isoformat() if moment else "never",
        translation.get_language() or "",
        request.build_absolute_uri(),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def etag_matches(header: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2), as If-None-Match requires."""
    if not header:
        return False
    opaque = etag.removeprefix("W/")
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return opaque in candidates or "*" in candidates


def public_cache_control(response) -> None:
    seconds = getattr(settings, "API_CACHE_SECONDS", 0)
    if seconds > 0:
        patch_cache_control(response, public=True, max_age=seconds)
    else:
        patch_cache_control(response, public=True, no_cache=True)


class ConditionalAPIMiddleware:
    """Answer ``If-None-Match`` for public API GETs before the view; mark responses' caching."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if (
            request.method not in ("GET", "HEAD")
            or not path.startswith(API_PREFIX)
            or path.startswith(OWN_RULES)
        ):
            return self.get_response(request)

        if is_private(request):
            response = self.get_response(request)
            response["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ("Authorization", "Cookie"))
            return response

        etag = etag_for(request)
        if etag_matches(request.headers.get("If-None-Match", ""), etag):
            response = HttpResponseNotModified()
        else:
            response = self.get_response(request)
            if response.status_code != 200 or response.has_header("ETag"):
                return response
        response["ETag"] = etag
        public_cache_control(response)
        patch_vary_headers(response, ("Authorization", "Cookie"))
        return response
