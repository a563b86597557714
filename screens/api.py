"""The screen feed endpoint, mounted by ``cms/api.py`` at ``/api/v3/screens/``."""

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Router
from wagtail.api.v3.errors import ProblemDetail, problem_response

from . import heartbeat
from .cache import content_version, get_cached_feed, poll_seconds, store_feed
from .feed import build_feed, etag_for
from .models import Screen
from .schemas import Feed

router = Router(tags=["screens"])

# Every poll must reach the server (it is the screen's heartbeat), so shared caches may
# store the feed but must revalidate it each time; a 304 costs no database query.
CACHE_CONTROL = "no-cache"


def _etag_matches(header: str, etag: str) -> bool:
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in candidates or "*" in candidates


def _response(body: bytes | None, etag: str, status: int = 200) -> HttpResponse:
    response = HttpResponse(body or b"", status=status, content_type="application/json")
    response["ETag"] = etag
    response["Cache-Control"] = CACHE_CONTROL
    return response


def feed_entry(key: str, now: dt.datetime | None = None) -> dict | None:
    """The cached ``{"etag", "body"}`` for a screen, built on a miss; None for unknown keys."""
    entry = get_cached_feed(key)
    if entry is not None:
        return entry
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
    return store_feed(key, version, etag_for(body), body, lifetime)


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
    entry = feed_entry(key)
    if entry is None:
        return problem_response(status=404, detail=f"No screen with the key {key!r}.")
    if not preview:
        heartbeat.record(key)
    if _etag_matches(request.headers.get("If-None-Match", ""), entry["etag"]):
        return _response(None, entry["etag"], status=304)
    return _response(entry["body"], entry["etag"])
