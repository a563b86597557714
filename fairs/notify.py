"""Emails to exhibitors: the receipt after applying, and staff's message to all exhibitors.

Both go through Django's email backend (SMTP in production). The message to all exhibitors
is a task (``fairs.tasks``) on the default django-tasks backend, so the admin request never
waits for the mail server; each exhibitor gets their own message, so no one sees the others'
addresses.
"""

from __future__ import annotations

import logging

from django.core.mail import EmailMessage, get_connection, send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from core.models import MunicipalitySettings

logger = logging.getLogger(__name__)


def send_receipt(application, request) -> None:
    """A fixed text with the reference, never what was typed into the form."""
    try:
        send_mail(
            _("We have received your stand application (reference %(reference)s)")
            % {"reference": application.reference},
            render_to_string(
                "fairs/emails/receipt.txt",
                {
                    "reference": application.reference,
                    "fair": application.fair,
                    "municipality": MunicipalitySettings.for_request_or_empty(request),
                },
            ),
            None,
            [application.contact_email],
        )
    except Exception:
        logger.exception("Receipt for stand application %s could not be sent", application.pk)


def exhibitor_addresses(fair, statuses) -> list[str]:
    """Distinct contact addresses of the fair's applications with one of ``statuses``."""
    seen, addresses = set(), []
    for email in fair.applications.filter(status__in=statuses).values_list(
        "contact_email", flat=True
    ):
        if email and email.lower() not in seen:  # emptied by the retention rule: nobody left
            seen.add(email.lower())
            addresses.append(email)
    return addresses


def send_to_exhibitors(fair, subject: str, body: str, statuses) -> int:
    """Send ``subject``/``body`` to every exhibitor, one message each; the number sent."""
    sent = 0
    with get_connection() as connection:
        for address in exhibitor_addresses(fair, statuses):
            message = EmailMessage(subject, body, None, [address], connection=connection)
            try:
                message.send()
            except Exception:
                logger.exception("Message to exhibitors of fair %s: %s failed", fair.pk, address)
                continue
            sent += 1
    return sent
