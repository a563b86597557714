"""The sign-up emails as queued work: the mail worker sends them, never the request.

django-tasks' database backend ``subscriptions`` (the mail worker's, ``TASKS`` in
``cms/settings/base.py``), queue ``signups``; the worker is
``manage.py db_worker --backend subscriptions --queue-name subscriptions,signups``
(``make run``, ``deploy/systemd/vcms-subscriptions-worker.service``).

The task holds only the registration's id, the kind of email and the visitor's language, no
personal data. The sign-up is committed before the task is queued, so a mail server that is
down, or a queue that cannot be written, never loses a sign-up: a failed send is queued again
``RETRY_AFTER`` later, up to ``MAX_ATTEMPTS`` times, and the participant is in the staff list
all along.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

BACKEND = "subscriptions"
QUEUE = "signups"
RETRY_AFTER = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5

#: The emails, by the name the task carries.
KINDS = ("confirmed", "waiting", "promoted", "cancelled")

logger = logging.getLogger(__name__)


@task(backend=BACKEND, queue_name=QUEUE)
def send_signup_email(kind: str, registration_id: int, language: str, attempt: int = 1) -> str:
    from . import notify
    from .models import Registration

    registration = (
        Registration.objects.select_related("option__activity").filter(pk=registration_id).first()
    )
    if registration is None:
        return "gone"  # deleted meanwhile (retention, staff): nobody to write to
    if kind != "cancelled" and registration.status == Registration.Status.CANCELLED:
        return "cancelled meanwhile"
    with translation.override(language):
        if kind in ("confirmed", "waiting"):
            # What the visitor was told on the page, even if they have moved up since.
            sent = notify.signed_up(registration, waiting=kind == "waiting")
        else:
            sent = getattr(notify, kind)(registration)
    if sent or not registration.email:
        return "sent" if sent else "no email address"
    if attempt >= MAX_ATTEMPTS:
        logger.error("Sign-up email %s for %s given up", kind, registration_id)
        return "given up"
    send_signup_email.using(run_after=timezone.now() + RETRY_AFTER).enqueue(
        kind, registration_id, language, attempt + 1
    )
    return "retry"


def _enqueue(kind: str, registration_id: int, language: str) -> None:
    try:
        send_signup_email.enqueue(kind, registration_id, language)
    except Exception:  # the sign-up is committed; only its email is lost, and logged
        logger.exception("Sign-up email %s for %s could not be queued", kind, registration_id)


def queue_email(kind: str, registration) -> None:
    """Queue ``kind`` for ``registration`` once the current transaction commits.

    ``signed_up`` becomes ``confirmed`` or ``waiting`` by the registration's status now.
    """
    if kind == "signed_up":
        kind = "waiting" if registration.status == registration.Status.WAITING else "confirmed"
    if kind not in KINDS:
        raise ValueError(f"Unknown sign-up email {kind!r}")
    language = translation.get_language() or "da"
    registration_id = registration.pk
    transaction.on_commit(lambda: _enqueue(kind, registration_id, language))
