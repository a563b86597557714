"""One delivery attempt, run by the worker: sign, check the target again, POST, log, retry."""

import json

from django.utils import timezone
from django.utils.translation import gettext as _

from webhooks import backoff, sending, targets
from webhooks.models import Attempt, Delivery
from webhooks.secrets import signature_header

USER_AGENT = "Vallensbaek-CMS-Webhooks/1.0"


def body_of(delivery: Delivery) -> str:
    """The exact bytes signed and sent; the same for every attempt of one message."""
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))


def headers_for(delivery: Delivery, body: str, now) -> dict[str, str]:
    timestamp = int(now.timestamp())
    secrets = delivery.subscription.signing_secrets(now)
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets, delivery.message_id, timestamp, body),
    }


def attempt(delivery_id: int, token: str):
    """Make the attempt queued with ``token``.

    Returns the delivery's status afterwards and when to try again (None: not again); the
    task (:mod:`webhooks.tasks`) queues that retry.
    """
    delivery = Delivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None:
        return "gone", None
    if delivery.token != token or delivery.status == Delivery.Status.DELIVERED:
        # Resent, or delivered meanwhile: this queued attempt is stale.
        return "stale", None
    subscription = delivery.subscription
    now = timezone.now()
    number = delivery.attempts + 1
    permanent = False
    if not subscription.active:
        outcome = sending.Outcome(None, 0, error=_("The subscription is switched off."))
        permanent = True
    else:
        body = body_of(delivery)
        try:
            target = targets.resolve(subscription.target_url)
        except targets.TargetRefused as exc:
            outcome = sending.Outcome(None, 0, error=str(exc))
            permanent = True
        else:
            outcome = sending.post(target, body.encode(), headers_for(delivery, body, now))

    Attempt.objects.create(
        delivery=delivery,
        number=number,
        started_at=now,
        status_code=outcome.status_code,
        latency_ms=outcome.latency_ms,
        error=outcome.error,
        succeeded=outcome.succeeded,
    )
    delivery.attempts = number
    delivery.last_status_code = outcome.status_code
    delivery.last_error = outcome.error
    delivery.next_attempt_at = None
    wait = None if (outcome.succeeded or permanent) else backoff.delay_after(number)
    if outcome.succeeded:
        delivery.status = Delivery.Status.DELIVERED
    elif wait is not None:
        delivery.status = Delivery.Status.RETRYING
    else:
        delivery.status = Delivery.Status.FAILED
    delivery.save(
        update_fields=[
            "attempts",
            "last_status_code",
            "last_error",
            "next_attempt_at",
            "status",
            "updated_at",
        ]
    )
    return delivery.status, (None if wait is None else now + wait)
