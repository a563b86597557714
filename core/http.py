"""HTTP details every response shares: HEAD on every GET route, and the Permissions-Policy.

``HEAD`` is answered as ``GET`` without the body (RFC 9110 §9.3.2): Django's
``require_GET`` views (robots.txt, the .ics files) and Django Ninja's GET routes (the screen
feed) answered it 405. One middleware, outermost, so every view, the page cache and the
rate limit see a plain GET and the headers (ETag, Content-Length, caching) are the GET's.
"""

from __future__ import annotations

from django.conf import settings


class HeadAsGetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if response.streaming:
            close = getattr(response, "close", None)
            response.streaming_content = []
            if close is not None:
                close()
        else:
            if not response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
            length = response["Content-Length"]
            response.content = b""
            response["Content-Length"] = length
        return response


def permissions_policy() -> str:
    """``PERMISSIONS_POLICY`` as a header value: ``camera=(), microphone=(), …``."""
    return ", ".join(
        f"{feature}=({' '.join(allowed)})"
        for feature, allowed in settings.PERMISSIONS_POLICY.items()
    )


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy`` (``settings.PERMISSIONS_POLICY``) on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


def set_trusted_headers(response, headers) -> None:
    """Set ``headers`` ((name, value) pairs) on ``response`` without Django's per-header
    check, for names and values the project itself wrote: ASCII, no line breaks.

    The check (``ResponseHeaders._convert_to_charset``, twice per header) was about a tenth
    of the CPU of a screen's cached poll (``python -m bench.profile_feed``); the fast path
    sets half a dozen such headers on every poll. Anything from a request or from content
    goes through ``response[name] = value`` as usual.
    """
    store = response.headers._store
    for name, value in headers:
        store[name.lower()] = (name, value)
