"""The screen feed's fast path: a live poll answered from the feed cache, early in the stack.

Screens poll their feed all day, and almost every poll is a cache hit or a 304. Those answers
need nothing from sessions, languages, CSRF, authentication, two-factor, messages, the page
cache, redirects or Django Ninja's routing and parameter parsing, but went through all of
them: under the production settings a hit and a 304 cost about twice a bare Django view
(``make bench``: B2, docs/benchmarks.md). This middleware sits right after the API rate limit
(``cms.settings.base.MIDDLEWARE``), so the outer middleware still apply — HEAD as GET, the
security headers, Permissions-Policy, CSP, the rate limit — and answers a live poll
(``GET /api/v3/screens/<key>/feed/`` without a query string) whose feed is cached with the
view's own answer (``screens.api.answer``: heartbeat, ETag/304, headers). Everything else —
a miss (the feed is built), a preview, an unknown screen — goes on to the view unchanged.
"""

from __future__ import annotations

import re

from django.conf import settings

from core.http import constant_security_headers, set_trusted_headers

from .api import cached_answer

#: The feed's path (``cms.api`` mounts the router at ``/api/v3/screens/``); keys are slugs.
FEED_PATH = re.compile(r"/api/v3/screens/([-a-zA-Z0-9_]+)/feed/")


class FeedFastPathMiddleware:
    """Answer cached live polls of a screen feed without the rest of the middleware stack."""

    def __init__(self, get_response):
        self.get_response = get_response
        # What the middleware skipped here would have added to every response, and what
        # SecurityMiddleware (outside) would add: it finds them set and adds nothing.
        self.headers = (
            ("X-Frame-Options", getattr(settings, "X_FRAME_OPTIONS", "DENY").upper()),
            *constant_security_headers(),
        )

    def __call__(self, request):
        if request.method == "GET" and not request.META.get("QUERY_STRING"):
            match = FEED_PATH.fullmatch(request.path_info)
            if match is not None:
                response = cached_answer(request, match[1])
                if response is not None:
                    return self.finish(response)
        return self.get_response(request)

    def finish(self, response):
        # CommonMiddleware's Content-Length and XFrameOptionsMiddleware's header (the answer
        # has neither), so a fast answer carries the same headers as the view's
        # (tests/screens/test_fastpath.py).
        length = ("Content-Length", str(len(response.content)))
        set_trusted_headers(response, (*self.headers, length))
        return response
