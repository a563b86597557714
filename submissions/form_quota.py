"""How many public forms one person, and one address, may send: counted on success only.

Two limits, both counted only when a submission was accepted (saved), never for attempts that
failed validation, so someone correcting a form five times is not locked out:

- per browser (``PUBLIC_FORM_RATE_LIMIT``, default ``5/h``): the client address plus the
  browser's CSRF cookie, which every form POST must carry anyway. Two people on the library's
  PCs or the town hall's Wi-Fi share an address but not a cookie.
- per address (``PUBLIC_FORM_ADDRESS_RATE_LIMIT``, default ``30/h``): a higher ceiling for the
  whole address, so a script that throws its cookie away each time is still stopped.

The client address is ``REMOTE_ADDR``, or a header a reverse proxy sets
(``PUBLIC_FORM_RATE_KEY = "header:x-real-ip"``).

A blocked visitor is told the local time when they can send again (:func:`retry_message`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core import ratelimit

BROWSER_GROUP = "public-forms"
ADDRESS_GROUP = "public-forms-address"


def rate_limit() -> str:
    """Accepted submissions per browser, in django-ratelimit's notation (default 5/h)."""
    return getattr(settings, "PUBLIC_FORM_RATE_LIMIT", "5/h")


def address_rate_limit() -> str:
    """Accepted submissions per client address, all browsers together (default 30/h)."""
    return getattr(settings, "PUBLIC_FORM_ADDRESS_RATE_LIMIT", "30/h")


def rate_limit_key() -> str:
    """How the address is read: ``ip`` (REMOTE_ADDR) unless a proxy header is configured.

    Behind a reverse proxy every request comes from the proxy's address; set
    ``PUBLIC_FORM_RATE_KEY = "header:x-real-ip"`` (a header the proxy sets and clients cannot).
    """
    return getattr(settings, "PUBLIC_FORM_RATE_KEY", "ip")


def client_address(group, request) -> str:
    key = rate_limit_key()
    if key.startswith("header:"):
        header = key.split(":", 1)[1].upper().replace("-", "_")
        return request.META.get(f"HTTP_{header}", "")
    return request.META.get("REMOTE_ADDR", "")


def client_browser(group, request) -> str:
    """The address plus the browser's CSRF cookie (empty when the browser has none yet)."""
    cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    return f"{client_address(group, request)}|{cookie}"


@dataclass(frozen=True)
class Rule:
    group: str
    rate: str
    key: object


def rules() -> tuple[Rule, ...]:
    return (
        Rule(BROWSER_GROUP, rate_limit(), client_browser),
        Rule(ADDRESS_GROUP, address_rate_limit(), client_address),
    )


def blocked(request) -> ratelimit.Verdict:
    """Whether one more accepted submission would exceed a limit; counts nothing."""
    verdicts = [
        ratelimit.check(request, group=r.group, rate=r.rate, key=r.key, increment=False)
        for r in rules()
    ]
    limited = [v for v in verdicts if v.limited]
    if not limited:
        return ratelimit.Verdict(False)
    return ratelimit.Verdict(True, max(v.retry_after for v in limited))


def record_accepted(request) -> None:
    """Count one accepted submission against every limit."""
    for r in rules():
        ratelimit.record(request, group=r.group, rate=r.rate, key=r.key)


def retry_message(retry_after: int, now: dt.datetime | None = None) -> str:
    """ "… Du kan sende igen kl. 14:35." in local time (with the date when not today)."""
    now = timezone.localtime(now)
    # Round up to the next minute: "kl. 14:35" must never be a minute too early.
    at = now + dt.timedelta(seconds=retry_after + 59)
    at = at.replace(second=0, microsecond=0)
    time = formats.time_format(at, "H:i")
    if at.date() == now.date():
        when = _("at %(time)s") % {"time": time}
    else:
        date = formats.date_format(at, "j. F")
        when = _("on %(date)s at %(time)s") % {"date": date, "time": time}
    return _("You have sent several forms in a short time. You can send again %(when)s.") % {
        "when": when
    }
