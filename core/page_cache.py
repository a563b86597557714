"""A whole-response cache for anonymous visitors, emptied whenever public content changes.

Every stored response is keyed by the ``pages`` content version (``core.cache_versions``)
and the URL. Every change that pages show bumps it (publishing, unpublishing, moving or
deleting a page, a view restriction, images, documents, snippets, the urgent alert, the
site settings; the table is in ``docs/architecture.md``), so the next request renders
afresh. That is coarse but never stale: a listing, the home page, a feed and the page
itself all change together. A response is never kept past the next moment the clock
changes what ``listable()`` shows (a live page expiring or reaching its go-live time). Other
changes by the clock alone (an activity ending) are picked up within
``PAGE_CACHE_SECONDS``.

Only requests without a session or messages cookie are served from the cache, and only
responses that set no cookie are stored, so editors (logged in, with the user bar) and
visitors who just posted a form always get a fresh page.

The same responses carry ``Cache-Control: public, s-maxage=…`` for a CDN in front; see
``core.cache_purge`` for how the CDN is told about a publish.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from core import cache_versions
from core.querysets import next_change

CACHEABLE_TYPES = ("text/html", "application/rss+xml", "text/calendar", "application/xml")
#: Paths never cached: the admin, the API (has its own ETag cache), screens, health checks,
#: and search (every query must reach the search-terms report).
EXCLUDED_PREFIXES = (
    "/soeg/",
    "/en/soeg/",
    "/admin/",
    "/django-admin/",
    "/api/",
    "/screens/",
    "/healthz",
    "/readyz",
    "/documents/",
)


def timeout() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def content_version() -> int:
    return cache_versions.current(cache_versions.PAGES)


def lifetime(now=None) -> int:
    """Seconds a response may be cached: the timeout, cut short by the next moment the clock
    changes what ``listable()`` shows (a page expiring or going live).

    That moment is looked up once per content version (publishing bumps the version), so
    cache hits stay free of queries.
    """
    now = now or timezone.now()
    key = f"vcms:page-cache:next-change:{content_version()}"
    moment = cache.get(key)
    # A stored moment already past says nothing about the next one: look again.
    if moment is None or (moment != "never" and moment <= now):
        moment = next_change(now) or "never"
        cache.set(key, moment, timeout())
    if moment == "never":
        return timeout()
    return max(0, min(timeout(), int((moment - now).total_seconds())))


def _eligible(request) -> bool:
    if request.method not in ("GET", "HEAD") or timeout() <= 0:
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _key(request) -> str:
    return f"vcms:page-cache:{content_version()}:{request.get_host()}:{request.get_full_path()}"


def _storable(response) -> bool:
    content_type = response.get("Content-Type", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and content_type.startswith(CACHEABLE_TYPES)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    """Serve and store anonymous responses; mark them cacheable for a CDN."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        seconds = lifetime() if _storable(response) else 0
        if seconds > 0:
            if "Cache-Control" not in response:
                # Browsers revalidate soon; a CDN keeps it until purged or the next expiry.
                patch_cache_control(
                    response, public=True, max_age=min(60, seconds), s_maxage=seconds
                )
            cache.set(key, (response.content, list(response.items())), seconds)
            response["X-Page-Cache"] = "miss"
        return response
