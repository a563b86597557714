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


def check(
    request, *, group: str, rate: str, key, method=get_usage.ALL, increment: bool = True
) -> Verdict:
    """Count this request against ``rate`` per ``key`` in ``group``.

    ``key`` is django-ratelimit's: ``"ip"``, ``"header:x-real-ip"`` or a callable
    ``(group, request) -> str``. With ``increment=False`` nothing is counted: the verdict says
    whether one more would be over the limit (for limits that count only what succeeded; call
    :func:`record` once it has).

    When the cache cannot count (Redis down), the request passes: a limit must not take the
    site down with the cache.
    """
    if not rate:
        return Verdict(False)
    usage = get_usage(request, group=group, key=key, rate=rate, method=method, increment=increment)
    if usage is None or (usage["limit"] == 0 and usage["time_left"] < 0):
        return Verdict(False)
    limited = usage["should_limit"] if increment else usage["count"] >= usage["limit"]
    # At least one second: a window ending this very second still says "wait".
    return Verdict(limited, max(1, usage["time_left"]))


def record(request, *, group: str, rate: str, key, method=get_usage.ALL) -> None:
    """Count one success against a limit checked with ``check(..., increment=False)``."""
    if rate:
        get_usage(request, group=group, key=key, rate=rate, method=method, increment=True)
