"""Signing up, cancelling and moving up from the waiting list, each in one transaction.

Places are counted with the option's row locked (``select_for_update``): of two people taking
the last place at once, the second waits for the first's commit, then counts again and goes on
the waiting list. The unique constraint on (option, email) backs the double sign-up check.
Emails are queued after the commit (``tasks.queue_email``; the mail worker sends them), so a
rolled-back sign-up never sends one and a lost email never loses a sign-up.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import notify, tokens
from .models import Registration, SignupOption
from .tasks import queue_email

Status = Registration.Status


class SignupError(Exception):
    """A sign-up that cannot be saved; ``message`` is for the visitor, in Danish."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class Applicant:
    name: str
    email: str = ""
    phone: str = ""
    seats: int = 1
    answers: dict = field(default_factory=dict)


def _lock(option: SignupOption) -> SignupOption:
    return SignupOption.objects.select_for_update().select_related("activity").get(pk=option.pk)


def sign_up(option: SignupOption, applicant: Applicant, now=None) -> Registration:
    """Confirm ``applicant``, put them on the waiting list, or raise ``SignupError``."""
    now = now or timezone.now()
    email_key = applicant.email.strip().lower()
    try:
        with transaction.atomic():
            option = _lock(option)
            reason = option.closed_reason(now)
            if reason:
                raise SignupError(reason, "closed")
            if email_key and option.registrations.active().filter(email_key=email_key).exists():
                raise SignupError(
                    _(
                        "This email address is already signed up. Use the link in your "
                        "confirmation email to cancel, or sign up with another address."
                    ),
                    "duplicate",
                )
            if applicant.seats > option.capacity:
                raise SignupError(
                    _("There are only %(capacity)s places in all.")
                    % {"capacity": option.capacity},
                    "too_many",
                )
            if applicant.seats <= option.places_left():
                status = Status.CONFIRMED
            elif option.waiting_list:
                status = Status.WAITING
            else:
                raise SignupError(_("Sorry, the activity is full."), "full")
            registration = Registration(
                option=option,
                status=status,
                name=applicant.name.strip(),
                email=applicant.email.strip(),
                email_key=email_key,
                phone=applicant.phone.strip(),
                seats=applicant.seats,
                answers=applicant.answers,
            )
            tokens.start_nonce(registration)
            registration.save()
            queue_email("signed_up", registration)
    except IntegrityError as error:  # the constraint: the same address at the same moment
        raise SignupError(_("This email address is already signed up."), "duplicate") from error
    return registration


def registration_for_token(token: str) -> Registration:
    """The registration a cancel link belongs to, or ``InvalidLink`` (forged/expired/used)."""
    pk, nonce = tokens.read_cancel_token(token)
    registration = Registration.objects.select_related("option__activity").filter(pk=pk).first()
    if registration is None:
        raise tokens.InvalidLink("used")
    if registration.status == Status.CANCELLED or not hmac.compare_digest(
        registration.cancel_nonce, nonce
    ):
        raise tokens.InvalidLink("used")
    return registration


def cancel_by_link(token: str, now=None) -> Registration:
    """Cancel with the personal link: works once; the first who fits moves up."""
    registration = registration_for_token(token)
    with transaction.atomic():
        _lock(registration.option)
        registration = registration_for_token(token)  # again, under the lock: used twice at once
        _cancel_locked(registration, now)
        queue_email("cancelled", registration)
    return registration


def cancel_by_staff(registration: Registration, now=None) -> Registration:
    with transaction.atomic():
        _lock(registration.option)
        registration.refresh_from_db()
        if registration.status != Status.CANCELLED:
            _cancel_locked(registration, now)
            queue_email("cancelled", registration)
    return registration


def _cancel_locked(registration: Registration, now=None) -> None:
    was_confirmed = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.cancelled_at = now or timezone.now()
    registration.cancel_nonce = ""
    registration.save(update_fields=["status", "cancelled_at", "cancel_nonce"])
    if was_confirmed:
        promote_waiting(registration.option, now)


def promote_waiting(option: SignupOption, now=None) -> list[Registration]:
    """Move people up from the waiting list, first come first served, while places are free.

    Someone who needs more places than are free is passed over for now (keeping their turn),
    so one big group does not block a single person behind them. Call with the option locked.
    """
    now = now or timezone.now()
    if option.starts_at <= now:  # too late to move up for something that has begun
        return []
    left = option.places_left()
    promoted = []
    for registration in option.registrations.filter(status=Status.WAITING).order_by(
        "created_at", "pk"
    ):
        if left <= 0:
            break
        if registration.seats > left:
            continue
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        left -= registration.seats
        promoted.append(registration)
        queue_email("promoted", registration)
    return promoted


def message_all(option: SignupOption, subject: str, body: str, *, include_waiting: bool) -> int:
    """Email every confirmed participant (and the waiting list, if asked); returns how many."""
    statuses = [Status.CONFIRMED, Status.WAITING] if include_waiting else [Status.CONFIRMED]
    recipients = list(
        option.registrations.filter(status__in=statuses)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return notify.message(option, subject, body, recipients)
