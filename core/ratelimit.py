"""Counting requests per client with django-ratelimit, for every limit the project sets.

The public forms (``submissions.public_form``) and the headless API's middleware
(``cms.ratelimit``) both count through :func:`check`, so they agree on what "over the
limit" means and on what happens when the cache cannot count.
"""

from __future__ import annotations

from dataclasses import dataclass

from django_ratelimit.core import get_usage


@dataclass(frozen=True)
class Verdict:
    """Whether a request is over its limit, and how many seconds until it may try again."""

    limited: bool
    retry_after: int = 0


def check(request, *, group: str, rate: str, key: str, method=get_usage.ALL) -> Verdict:
    """Count this request against ``rate`` per ``key`` in ``group``.

    When the cache cannot count (Redis down), the request passes: a limit must not take the
    site down with the cache.
    """
    if not rate:
        return Verdict(False)
    usage = get_usage(request, group=group, key=key, rate=rate, method=method, increment=True)
    if usage is None or (usage["limit"] == 0 and usage["time_left"] < 0):
        return Verdict(False)
    # At least one second: a window ending this very second still says "wait".
    return Verdict(usage["should_limit"], max(1, usage["time_left"]))
