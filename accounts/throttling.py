"""Login throttling with django-axes: per account and address, plus a ceiling per address.

django-axes counts failures per (username, client address) (``AXES_LOCKOUT_PARAMETERS``,
limit ``LOGIN_FAILURE_LIMIT``). :class:`AxesHandler` adds a higher ceiling for one address
whatever the usernames (``LOGIN_ADDRESS_FAILURE_LIMIT``), against trying many accounts from
one place, without letting one mistyping colleague lock out a whole town hall behind one
address. A lockout lasts ``LOGIN_COOLOFF_MINUTES`` from the last failure; meanwhile even the
right password is refused, and :func:`lockout_response` says in Danish when to try again.
"""

from __future__ import annotations

import math

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.translation import ngettext


def client_address(request) -> str:
    """The client's address as ``LOGIN_RATE_KEY`` says to read it ("ip" or "header:<name>")."""
    key = getattr(settings, "LOGIN_RATE_KEY", "ip")
    if key.startswith("header:"):
        meta = "HTTP_" + key.removeprefix("header:").strip().upper().replace("-", "_")
        value = request.META.get(meta, "").split(",")[0].strip()
        if value:
            return value
    return request.META.get("REMOTE_ADDR", "")


def _recent(request):
    return AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))


def address_failures(request) -> int:
    """Failed sign-ins from this request's address within the cool-off, for any username."""
    attempts = _recent(request).filter(ip_address=request.axes_ip_address)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AxesHandler(AxesDatabaseHandler):
    """django-axes' database handler, with the per-address ceiling on top of its own limit."""

    def get_failures(self, request, credentials=None) -> int:
        failures = super().get_failures(request, credentials)
        ceiling = getattr(settings, "LOGIN_ADDRESS_FAILURE_LIMIT", 0)
        if ceiling and address_failures(request) >= ceiling:
            # Past the ceiling every account from the address counts as locked out.
            return max(failures, get_failure_limit(request, credentials))
        return failures


def locked_until(request, credentials=None):
    """When the lockout affecting this request ends: its last counted failure + cool-off.

    For a locked (username, address) pair that is the pair's last failure; for an address
    past its ceiling, the address's last failure (a safe upper bound).
    """
    from_address = _recent(request).filter(ip_address=request.axes_ip_address)
    pair = from_address.filter(username=get_client_username(request, credentials))
    pair_stats = pair.aggregate(total=Sum("failures_since_start"), last=Max("attempt_time"))
    if (pair_stats["total"] or 0) >= get_failure_limit(request, credentials):
        last = pair_stats["last"]
    else:
        last = from_address.aggregate(last=Max("attempt_time"))["last"]
    return (last or timezone.now()) + get_cool_off(request)


def lockout_message(until, now=None) -> str:
    """The Danish (or English) text of the lockout page, with the time to try again."""
    now = now or timezone.now()
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts. For your security, signing in is blocked until "
        "%(time)s (in %(minutes)s minute). Please try again then.",
        "Too many failed sign-in attempts. For your security, signing in is blocked until "
        "%(time)s (in %(minutes)s minutes). Please try again then.",
        minutes,
    ) % {"time": formats.time_format(timezone.localtime(until), "H:i"), "minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: the sign-in page's look, the lockout message, 429."""
    until = locked_until(request, credentials)
    # Rendered now: django-axes swaps it in after the middleware that would render it.
    response = render(
        request, "accounts/lockout.html", {"message": lockout_message(until)}, status=429
    )
    response["Retry-After"] = str(max(1, int((until - timezone.now()).total_seconds())))
    return response
