"""The two-factor rules: who has an authenticator, who must have one, and checking a code.

Authenticators are django-otp devices: a TOTP device (an app such as Microsoft
Authenticator or Google Authenticator) and a static device holding single-use recovery
codes. A user who has a confirmed device is always asked for a code after the password;
``TWO_FACTOR_REQUIRED`` decides whether users with the ``require_two_factor`` permission
(the Kommunikation group, superusers) must set one up before they can do anything else.
"""

from __future__ import annotations

import django_otp
from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import REQUIRE_TWO_FACTOR

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"


def is_required(user) -> bool:
    """Whether this user must sign in with a second factor (set one up if they have none)."""
    return bool(getattr(settings, "TWO_FACTOR_REQUIRED", False)) and user.has_perm(
        REQUIRE_TWO_FACTOR
    )


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def must_verify(request) -> bool:
    """A signed-in user who has an authenticator (or must have one) and has not given a code."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    return django_otp.user_has_device(user) or is_required(user)


def verify(user, code: str):
    """The device that accepts ``code``, or ``None``: the app's six digits or a recovery code.

    Each device is checked on its own (django-otp's advice), so its throttling applies.
    """
    code = "".join(code.split()).lower()
    devices = (
        TOTPDevice.objects.filter(user=user, confirmed=True)
        if code.isdigit()
        else StaticDevice.objects.filter(user=user, confirmed=True)
    )
    for device in devices:
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified
    return None


def throttled_until(user):
    """When the authenticator accepts codes again after wrong ones, or ``None``."""
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        allowed, details = device.verify_is_allowed()
        if not allowed and details and details.get("locked_until"):
            return details["locked_until"]
    return None


def pending_authenticator(user) -> TOTPDevice:
    """The authenticator being set up (not yet confirmed): the same secret until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="app", confirmed=False)


@transaction.atomic
def confirm_authenticator(device: TOTPDevice) -> list[str]:
    """Make ``device`` the user's one authenticator; return a fresh set of recovery codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with new ones (each works once)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def remove_all(user) -> None:
    """Turn two-factor sign-in off for ``user`` (authenticator and recovery codes)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
