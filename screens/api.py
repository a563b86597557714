"""The screen feed endpoint, mounted by ``cms/api.py`` at ``/api/v3/screens/``."""

import datetime as dt
import logging
import time

from django.core.cache import cache
from django.core.validators import slug_re
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Router
from wagtail.api.v3.errors import ProblemDetail, problem_response

from core import cache_tags
from core.http import set_trusted_headers

from . import heartbeat
from .cache import (
    content_version,
    get_cached_feed,
    get_last_good_feed,
    live_content_version,
    poll_seconds,
    store_feed,
)
from .feed import build_feed, etag_for
from .models import Screen
from .schemas import Feed

logger = logging.getLogger(__name__)

router = Router(tags=["screens"])

#: The server's clock on every feed response (200 and 304), ISO 8601 with milliseconds and
#: offset: the player sets its clock by it, not by the device's (docs/screens.md).
SERVER_TIME_HEADER = "X-Server-Time"

# Every poll must reach the server (it is the screen's heartbeat), so shared caches may
# store the feed but must revalidate it each time; a 304 costs no database query.
CACHE_CONTROL = "no-cache"


def _etag_matches(header: str, etag: str) -> bool:
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in candidates or "*" in candidates


def server_time() -> str:
    """Now, in the municipality's time zone, as the ``X-Server-Time`` header writes it."""
    # The default zone, not the active one: the API never activates another, and looking
    # the active one up (``timezone.localtime``) cost as much as the rest of the header work.
    return (
        timezone.now()
        .astimezone(timezone.get_default_timezone())
        .isoformat(timespec="milliseconds")
    )


def _response(
    body: bytes | None, etag: str, status: int = 200, stale: bool = False
) -> HttpResponse:
    response = HttpResponse(body or b"", status=status, content_type="application/json")
    # All three are the project's own ASCII (the ETag is a hex digest): no per-header check.
    set_trusted_headers(
        response,
        (("ETag", etag), ("Cache-Control", CACHE_CONTROL), (SERVER_TIME_HEADER, server_time())),
    )
    if stale:
        response["Warning"] = '110 - "Response is Stale"'
        response["X-Feed-Stale"] = "1"
    return response


def feed_entry(key: str, now: dt.datetime | None = None) -> dict | None:
    """The cached ``{"etag", "body"}`` for a screen, built on a miss; None for unknown keys."""
    entry = get_cached_feed(key)
    if entry is not None:
        return entry
    # One rebuild per screen at a time. After a publish every player of a screen misses at
    # once; the polls that arrive while it is being rebuilt wait for that rebuild (or, if it
    # takes too long, get the last feed built for it) instead of all rebuilding it. make
    # bench: a herd of 500 players took two poll intervals to update because of that stampede.
    claimed = cache.add(_rebuild_claim_key(key), 1, REBUILD_CLAIM_SECONDS)
    if not claimed:
        entry = _wait_for_rebuild(key)
        if entry is not None:
            return entry
        last_good = get_last_good_feed(key)
        if last_good is not None:
            return last_good
    try:
        return _build_entry(key, now)
    except (OperationalError, InterfaceError) as exc:
        # Database down: the screen keeps playing the last feed built for it (stale-if-error).
        last_good = get_last_good_feed(key)
        if last_good is None:
            raise
        logger.warning(
            "Screen feed %s: database unavailable, serving last good copy: %s", key, exc
        )
        return {**last_good, "stale": True}
    finally:
        if claimed:
            cache.delete(_rebuild_claim_key(key))


#: The longest one rebuild keeps other requests from rebuilding the same feed.
REBUILD_CLAIM_SECONDS = 30


#: How long a poll waits for another request's rebuild of the same feed.
REBUILD_WAIT_SECONDS = 2.0


def _rebuild_claim_key(key: str) -> str:
    return f"screens:rebuilding:{key}"


def _wait_for_rebuild(key: str) -> dict | None:
    """The feed another request is rebuilding, once it is stored; None after the wait."""
    deadline = time.monotonic() + REBUILD_WAIT_SECONDS
    # Watch the small claim key, not the feed itself: many waiters, large bodies.
    while cache.get(_rebuild_claim_key(key)) is not None:
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.05)
    return get_cached_feed(key)


def _build_entry(key: str, now: dt.datetime | None) -> dict | None:
    now = now or timezone.now()
    # Read the version before building: a change during the build then misses next time.
    version = content_version()
    screen = Screen.objects.select_related("locale").filter(key=key).first()
    if screen is None:
        return None
    built = build_feed(screen, now)
    body = built.body()
    lifetime = float(poll_seconds())
    if built.next_change is not None:
        lifetime = min(lifetime, (built.next_change - now).total_seconds())
    current = cache_tags.collector()
    tags = cache_tags.header_value(cache_tags.response_tags(current)) if current else ""
    return store_feed(key, version, etag_for(body), body, lifetime, tags)


@router.get(
    "/{key}/feed/",
    response={200: Feed, 304: None, 404: ProblemDetail},
    summary="What a screen shows now",
    description=(
        "The screen's ordered slides, its settings and an active alert (which takes over "
        "the screen). Send the last `ETag` as `If-None-Match` to get `304 Not Modified` "
        "when nothing changed. Each request counts as the screen's heartbeat unless "
        "`preview=true`."
    ),
    operation_id="screens_feed",
    url_name="screens_feed",
)
def screen_feed(request: HttpRequest, key: str, preview: bool = False):
    # Screen keys are slugs; anything else can't exist, and must not reach a cache key.
    if not slug_re.fullmatch(key):
        return problem_response(status=404, detail=f"No screen with the key {key!r}.")
    entry = feed_entry(key)
    if entry is None:
        return problem_response(status=404, detail=f"No screen with the key {key!r}.")
    return answer(request, key, entry, preview=preview)


def answer(request: HttpRequest, key: str, entry: dict, preview: bool = False) -> HttpResponse:
    """The poll's answer from a feed entry: 304 when the ETag matches, else the feed.

    A poll (not a preview) is the screen's heartbeat. Shared by the view and the fast path
    (``screens.fastpath``), so both answer alike.
    """
    if not preview:
        heartbeat.record(key)
    stale = entry.get("stale", False)
    if _etag_matches(request.META.get("HTTP_IF_NONE_MATCH", ""), entry["etag"]):
        response = _response(None, entry["etag"], status=304, stale=stale)
    else:
        response = _response(entry["body"], entry["etag"], stale=stale)
    if entry.get("tags"):
        response[cache_tags.header_name()] = entry["tags"]
    return response


def cached_answer(request: HttpRequest, key: str) -> HttpResponse | None:
    """A live poll's answer when the screen's feed is cached; None on a miss (the view
    builds it)."""
    entry = get_cached_feed(key, live_content_version())
    if entry is None:
        return None
    return answer(request, key, entry)
