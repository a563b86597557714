"""The personal cancel link: signed (``TimestampSigner``), single-use, and expiring.

The link carries ``<registration id>:<random nonce>`` signed with the project's secret key and
a timestamp; nobody can make one without ``SECRET_KEY``. Using it clears the registration's
nonce, so the link (and every other link sent to the same person: the confirmation, the
reminder) works once. A forged or altered link fails the signature, an old one the age check
(``SIGNUP_CANCEL_LINK_MAX_AGE_DAYS``).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing

from .models import Registration

SALT = "signups.cancel"


class InvalidLink(Exception):
    """The link is forged, damaged or expired; ``reason`` is ``invalid`` or ``expired``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def max_age_seconds() -> int:
    return settings.SIGNUP_CANCEL_LINK_MAX_AGE_DAYS * 24 * 3600


def start_nonce(registration: Registration) -> None:
    """Give ``registration`` the nonce its links carry (the caller saves)."""
    registration.cancel_nonce = secrets.token_urlsafe(18)


def cancel_token(registration: Registration) -> str:
    """A cancel link's token for ``registration``, signed now (its age counts from now)."""
    return signing.TimestampSigner(salt=SALT).sign(
        f"{registration.pk}:{registration.cancel_nonce}"
    )


def read_cancel_token(token: str) -> tuple[int, str]:
    """``(registration id, secret)`` from a link, or ``InvalidLink``."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=max_age_seconds())
    except signing.SignatureExpired:
        raise InvalidLink("expired") from None
    except signing.BadSignature:
        raise InvalidLink("invalid") from None
    pk, _sep, secret = value.partition(":")
    if not pk.isdigit() or not secret:
        raise InvalidLink("invalid")
    return int(pk), secret
