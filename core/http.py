"""HTTP details every response shares: HEAD on every GET route, and the Permissions-Policy.

``HEAD`` is answered as ``GET`` without the body (RFC 9110 §9.3.2): Django's
``require_GET`` views (robots.txt, the .ics files) and Django Ninja's GET routes (the screen
feed) answered it 405. One middleware, outermost, so every view, the page cache and the
rate limit see a plain GET and the headers (ETag, Content-Length, caching) are the GET's.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware


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
        # Checked once here, as Django checks a header it is given (latin-1, no line breaks).
        self.header = checked_headers((("Permissions-Policy", permissions_policy()),))

    def __call__(self, request):
        response = self.get_response(request)
        setdefault_trusted_headers(response, self.header)
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


def checked_headers(headers) -> tuple[tuple[str, str], ...]:
    """``headers`` ((name, value) pairs) after Django's own check of each (latin-1, no line
    breaks), ready for :func:`setdefault_trusted_headers` on every response."""
    probe = HttpResponse()
    for name, value in headers:
        probe[name] = value
    return tuple((name, probe[name]) for name, _value in headers)


def setdefault_trusted_headers(response, headers) -> None:
    """:func:`set_trusted_headers`, but a header the response has already is kept (as
    ``response.headers.setdefault`` does). For values checked once (:func:`checked_headers`)."""
    store = response.headers._store
    for name, value in headers:
        store.setdefault(name.lower(), (name, value))


class _PlainHttpRequest:
    """What ``SecurityMiddleware.process_response`` reads of a request with HSTS off."""

    @staticmethod
    def is_secure() -> bool:
        return False


def constant_security_headers() -> tuple[tuple[str, str], ...]:
    """The headers Django's ``SecurityMiddleware`` adds to every response whatever the request
    (``X-Content-Type-Options``, ``Referrer-Policy``, ``Cross-Origin-Opener-Policy``), as it
    writes them: built by its own ``process_response`` on an empty response.

    For an answer made early in the stack (``screens.fastpath``): with these set, the
    middleware finds them there on the way out and adds nothing, instead of a checked
    ``setdefault`` each (a tenth of a screen's cached poll, docs/benchmarks.md). The SSL
    redirect and HSTS, which depend on the request, stay the middleware's.
    """
    probe = HttpResponse()
    before = {name.lower() for name in probe.headers}
    SecurityMiddleware(lambda request: probe).process_response(_PlainHttpRequest(), probe)
    return tuple(
        (name, value) for name, value in probe.headers.items() if name.lower() not in before
    )
