"""The headless API's per-client rate limit (counted by ``core.ratelimit``, like the forms).

The API limit is one middleware in front of ``/api/v3/`` so every router (Wagtail's pages,
the project's own) is covered, including 404s and bad queries, which cost as much to answer.
A client over the limit gets ``429`` as ``application/problem+json`` (like every other API
error) with ``Retry-After``: the seconds until its window ends.

Settings (``API_RATE_LIMIT=off`` turns all of it off; ``cms.settings.env.env_rate``):

- ``API_RATE_LIMIT`` (``"300/m"``) and ``API_RATE_KEY`` (``"ip"``, or e.g.
  ``"header:x-real-ip"`` behind a reverse proxy that sets it);
- ``API_SCREENS_RATE_LIMIT`` (``"1200/m"``): the screen feeds' own, higher limit (``off``:
  screen feeds unlimited).
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response

from core.ratelimit import check

API_PREFIX = "/api/v3/"
#: Screen feeds are polled every SCREENS_POLL_SECONDS by every screen, and a town hall's or a
#: library's screens reach us from one shared address. Under the general limit a building with
#: many screens would be throttled for doing exactly what it should; the polls are cheap
#: (ETag/304 from the cache), so they get a limit of their own, high enough for hundreds of
#: screens behind one address but still a cap on a runaway client.
SCREENS_PREFIX = "/api/v3/screens/"


@lru_cache(maxsize=1)
def _settings() -> tuple[str, str, object]:
    """(API_RATE_LIMIT, API_SCREENS_RATE_LIMIT, API_RATE_KEY), read once and again on change:
    every API request, a screen's cached poll included, reads all three (bench.profile_feed)."""
    return (
        getattr(settings, "API_RATE_LIMIT", ""),
        getattr(settings, "API_SCREENS_RATE_LIMIT", ""),
        getattr(settings, "API_RATE_KEY", "ip"),
    )


@receiver(setting_changed)
def _forget_settings(setting, **kwargs) -> None:
    if setting.startswith("API_"):
        _settings.cache_clear()


def api_rule(path: str) -> tuple[str, str] | None:
    """The (group, rate) that applies to an API path, or None outside the API or when off.

    ``API_RATE_LIMIT`` off (``""`` once read) turns every API limit off, the screens' one
    included.
    """
    api, screens, _key = _settings()
    if not path.startswith(API_PREFIX) or not api:
        return None
    if path.startswith(SCREENS_PREFIX):
        return "api-screens", screens
    return "api", api


def too_many_requests(request, retry_after: int) -> HttpResponse:
    """429 as problem+json, in Danish unless the client asks for English."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        detail = _(
            "Too many requests from your address. Please wait %(seconds)s seconds and try again."
        ) % {"seconds": retry_after}
        response = problem_response(status=429, title=_("Too Many Requests"), detail=detail)
    response["Retry-After"] = str(retry_after)
    response["Content-Language"] = language
    return response


class ApiRateLimitMiddleware:
    """Answer 429 to a client address that exceeds its API limit; other paths pass untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rule = api_rule(request.path_info)
        if rule is not None:
            group, rate = rule
            verdict = check(request, group=group, rate=rate, key=_settings()[2])
            if verdict.limited:
                return too_many_requests(request, verdict.retry_after)
        return self.get_response(request)
