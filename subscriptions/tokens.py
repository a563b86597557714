"""Signed links: confirm, unsubscribe, manage.

Each link carries the subscriber's id and link key, signed with ``SECRET_KEY`` and a salt per
purpose, so a link for one purpose is not accepted for another and a changed key (the
subscriber asked to be forgotten and came back) invalidates every old link. A confirmation
link lasts 7 days, the others a year.
"""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.utils.translation import gettext_lazy as _

from subscriptions.models import Subscriber

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
MANAGE = "manage"

MAX_AGE = {
    CONFIRM: dt.timedelta(days=7),
    UNSUBSCRIBE: dt.timedelta(days=365),
    MANAGE: dt.timedelta(days=365),
}


class BadLink(Exception):
    """A link that cannot be used; ``message`` says why, in words for the citizen."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


EXPIRED = _(
    "This link has expired. Subscribe again on the website, or use the newest email from us."
)
INVALID = _(
    "This link is not valid. It may have been copied incompletely. "
    "Use the link in the newest email from us."
)


def make(purpose: str, subscriber: Subscriber, **extra) -> str:
    data = {"s": subscriber.pk, "k": subscriber.key, **extra}
    return signing.dumps(data, salt=f"subscriptions.{purpose}", compress=True)


def read(purpose: str, token: str) -> tuple[Subscriber, dict]:
    """The subscriber and the link's data; raises :class:`BadLink`."""
    try:
        data = signing.loads(token, salt=f"subscriptions.{purpose}", max_age=MAX_AGE[purpose])
    except signing.SignatureExpired as exc:
        raise BadLink(EXPIRED) from exc
    except signing.BadSignature as exc:
        raise BadLink(INVALID) from exc
    if not isinstance(data, dict):
        raise BadLink(INVALID)
    subscriber = Subscriber.objects.filter(pk=data.get("s"), key=data.get("k")).first()
    if subscriber is None:
        raise BadLink(INVALID)
    return subscriber, data
