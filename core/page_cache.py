"""A whole-response cache for anonymous visitors, made stale exactly by cache tags.

Every stored response is keyed by the URL and remembers the versions of its cache tags
(``core.cache_tags``: each page, listing, image and snippet it shows). A change purges its
tags (publishing, unpublishing, moving or deleting a page purges the page and the listings of
its type; an image its own tag; the alert its tag; a view restriction, the site or a site
setting the ``all`` tag every response carries), so only the responses that showed it render
afresh; an unrelated news article stays cached. A response is never kept past the next moment the clock
changes what ``listable()`` shows (a live page expiring or reaching its go-live time). Other
changes by the clock alone (an activity ending) are picked up within
``PAGE_CACHE_SECONDS``.

The URL part of the key is the path plus only the query parameters the view reads. Every page
type declares them (``BasePage.query_params``: e.g. a listing's filter fields and ``page``),
other views with ``reads_query()``; ``use_query()`` then hands the view a ``request.GET`` that
holds those parameters alone, so the view and the key can never disagree. ``?utm=1``,
``?zzz=<random>`` and every other parameter a page does not read share the plain page's
entry: a client cannot force renders or fill the cache with junk parameters. The declared
names are remembered per path (one small entry) for the requests that follow. A view that
had to correct a value (``?page=abc``, an unknown topic) calls ``dont_store()``, so a junk
value does not get its own entry either. A view that declares nothing is keyed on its whole
query string, as before.

Only requests without a session or messages cookie are served from the cache, and only
responses that set no cookie are stored, so editors (logged in, with the user bar) and
visitors who just posted a form always get a fresh page.

The same responses carry ``Cache-Control: public, s-maxage=…`` for a CDN in front; see
``core.cache_purge`` for how the CDN is told about a publish.
"""

import functools

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control

from core import cache_tags, cache_versions
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
    moment = next_listable_change(now)
    if moment is None:
        return timeout()
    return max(0, min(timeout(), int((moment - now).total_seconds())))


def next_listable_change(now=None):
    """``core.querysets.next_change()``, looked up once per content version (or None).

    Also part of the API's ETags (``core.api.conditional``), so those change when the clock
    changes what is public.
    """
    now = now or timezone.now()
    key = f"vcms:page-cache:next-change:{content_version()}"
    moment = cache.get(key)
    # A stored moment already past says nothing about the next one: look again.
    if moment is None or (moment != "never" and moment <= now):
        moment = next_change(now) or "never"
        cache.set(key, moment, timeout() or 300)
    return None if moment == "never" else moment


def remembered(name: str, compute):
    """``compute()``, kept in the cache until the next publish or the next moment the clock
    changes what is listable.

    For values that follow from what is public (the titles search suggests from): a publish
    changes the content version, and the next go-live or expiry moment is part of the key, so
    neither a publish nor the clock can leave an old answer in use. A change that neither
    signals nor the clock announce (a script saving ``expire_at`` on a live page) is the
    caller's to filter out (``search.query.title_words``). With the page cache off
    (``PAGE_CACHE_SECONDS = 0``) nothing is kept.
    """
    if timeout() <= 0:
        return compute()
    moment = next_listable_change()
    until = moment.isoformat() if moment else "never"
    key = f"vcms:remembered:{content_version()}:{until}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout())
    return value


def _eligible(request) -> bool:
    if request.method not in ("GET", "HEAD") or timeout() <= 0:
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def canonical_query(query: QueryDict, names) -> QueryDict:
    """Only the parameters in ``names``: the last value of each, empty ones left out, sorted.

    Every declared parameter is single-valued (like ``QueryDict.get`` and a form's single-value
    fields read it); ``?page=2&page=3`` and ``?page=3`` are one entry.
    """
    canonical = QueryDict(mutable=True)
    for name in sorted(set(names)):
        value = query.get(name, "")
        if value != "":
            canonical[name] = value
    canonical._mutable = False
    return canonical


def use_query(request, names) -> None:
    """Declare the GET parameters the view of this request reads, and hide all others from it.

    Called for every page by the ``before_serve_page`` hook (with the page type's
    ``query_params``) and for other views by ``reads_query()``.
    """
    names = tuple(sorted(set(names)))
    request.page_cache_query_params = names
    request.GET = canonical_query(request.GET, names)


def reads_query(*names):
    """Decorate a (non-page) view that reads only the GET parameters ``names`` (maybe none)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            use_query(request, names)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def dont_store(request) -> None:
    """Keep this response out of the cache: the view replaced a parameter's value it could not
    use (``?page=abc``, an unknown topic), so the value must not earn its own cache entry."""
    request.page_cache_store = False


def _names_key(request) -> str:
    return f"vcms:page-cache:params:{request.get_host()}:{request.path}"


def _key(request, names) -> str:
    if names is None:
        query = request.META.get("QUERY_STRING", "")
    else:
        query = canonical_query(request.GET, names).urlencode()
    return f"vcms:page-cache:tagged:{request.get_host()}:{request.path}?{query}"


def _lookup_names(request):
    """The parameters the path's view reads, if a stored response told us; else ``None``."""
    if not request.META.get("QUERY_STRING"):
        return ()  # no parameters: the plain page's key, whatever the view reads
    names = cache.get(_names_key(request))
    return tuple(names) if names is not None else None


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


def _taggable(request, response) -> bool:
    """Public responses (the API and the screen feeds too) carry their cache tags; an
    editor's (signed in) or a token holder's never do."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    """Serve and store anonymous responses; mark them cacheable for a CDN; tag every public
    response with what it shows (``core.cache_tags``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = cache_tags.start()
        started = cache_tags.now()
        try:
            if not _eligible(request):
                response = self.get_response(request)
                self._tag(request, response, started)
                return response
            return self._cached(request, started)
        finally:
            cache_tags.stop(token)

    def _tag(self, request, response, started: int) -> list[str]:
        current = cache_tags.collector()
        if current is None or not _taggable(request, response):
            return []
        tags = cache_tags.response_tags(current)
        response[cache_tags.header_name()] = cache_tags.header_value(tags)
        if cache_tags.purged_since(tags, started):
            # A tag was purged while this response was rendered: it may show the state
            # before the change and reach the frontend cache after its purge, where it would
            # stay until it expires. The VCL keeps no such response (deploy/varnish).
            response[cache_tags.RACED_HEADER] = "1"
        return tags

    def _cached(self, request, started: int):
        stored = cache.get(_key(request, _lookup_names(request)))
        if stored is not None and len(stored) == 3 and cache_tags.still_fresh(stored[2]):
            content, headers, _versions = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        tags = self._tag(request, response, started)
        storable = _storable(response) and getattr(request, "page_cache_store", True)
        seconds = lifetime() if storable else 0
        if seconds > 0:
            if "Cache-Control" not in response:
                # Browsers revalidate soon; a CDN keeps it until purged or the next expiry.
                patch_cache_control(
                    response, public=True, max_age=min(60, seconds), s_maxage=seconds
                )
            versions = cache_tags.versions(tags, started)
            # A tag purged while this response was rendered: it may show the old state.
            if all(version <= started for version in versions.values()):
                names = getattr(request, "page_cache_query_params", None)
                cache.set(
                    _key(request, names),
                    (response.content, list(response.items()), versions),
                    seconds,
                )
                if names is not None:
                    cache.set(_names_key(request), names, seconds)
            response["X-Page-Cache"] = "miss"
        return response
