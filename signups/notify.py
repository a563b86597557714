"""The emails of a sign-up, sent by the mail worker (``signups.tasks``) through Django's
email backend.

Every email to a participant goes to that participant alone (never a list of addresses in
``To``). A failing mail server is logged; the sign-up stays saved and shows in the staff list.
"""

from __future__ import annotations

import logging

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.site_url import absolute_url

from .tokens import cancel_token

logger = logging.getLogger(__name__)


def cancel_url(registration) -> str:
    return absolute_url(reverse("signups:cancel", args=[cancel_token(registration)]))


def _context(registration, with_link=True) -> dict:
    option = registration.option
    start, end = option.span()
    return {
        "registration": registration,
        "option": option,
        "activity": option.activity,
        "start": timezone.localtime(start),
        "end": timezone.localtime(end),
        "activity_url": option.activity.get_full_url(),
        "cancel_url": cancel_url(registration) if with_link else "",
    }


def _send(subject: str, template: str, context: dict, to: str) -> bool:
    if not to:
        return False
    try:
        EmailMessage(subject, render_to_string(template, context), None, [to]).send()
    except Exception:
        logger.exception("Sign-up email %r could not be sent", subject)
        return False
    return True


def signed_up(registration, waiting: bool | None = None) -> bool:
    """The confirmation, or "you are on the waiting list" (``waiting``; else from the status)."""
    if waiting is None:
        waiting = registration.status == registration.Status.WAITING
    subject = (_("Waiting list: %(title)s") if waiting else _("You are signed up: %(title)s")) % {
        "title": registration.option.activity.title
    }
    context = {**_context(registration), "waiting": waiting}
    return _send(subject, "signups/emails/signed_up.txt", context, registration.email)


def promoted(registration) -> bool:
    subject = _("You have got a place: %(title)s") % {"title": registration.option.activity.title}
    return _send(
        subject, "signups/emails/promoted.txt", _context(registration), registration.email
    )


def cancelled(registration) -> bool:
    subject = _("Your sign-up is cancelled: %(title)s") % {
        "title": registration.option.activity.title
    }
    return _send(
        subject, "signups/emails/cancelled.txt", _context(registration, False), registration.email
    )


def reminder(registration) -> bool:
    subject = _("Reminder: %(title)s tomorrow") % {"title": registration.option.activity.title}
    return _send(
        subject, "signups/emails/reminder.txt", _context(registration), registration.email
    )


def message(option, subject: str, body: str, recipients: list[str]) -> int:
    """Staff's message to the participants: one email per address, over one connection."""
    if not recipients:
        return 0
    text = render_to_string(
        "signups/emails/message.txt",
        {"option": option, "body": body, "activity_url": option.activity.get_full_url()},
    )
    messages = [EmailMessage(subject, text, None, [address]) for address in recipients]
    try:
        return get_connection().send_messages(messages) or 0
    except Exception:
        logger.exception("Message to the participants of %s could not be sent", option.pk)
        return 0
