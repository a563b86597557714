"""From a page event to queued deliveries: which subscriptions want it, and enqueueing.

Publishing only writes a row per subscription and enqueues a task after the transaction
commits; the HTTP calls happen in the worker (:mod:`webhooks.delivering`), so a slow or dead
target never slows down the editor.
"""

from django.db import transaction
from django.db.models import Q

from webhooks import payload
from webhooks.models import Delivery, Subscription
from webhooks.tasks import enqueue


def matching_subscriptions(event: str, page):
    return (
        Subscription.objects.filter(active=True, **{f"on_{event}": True})
        .filter(Q(locale__isnull=True) | Q(locale_id=page.locale_id))
        .filter(Q(page_types__isnull=True) | Q(page_types=page.content_type_id))
        .distinct()
    )


def emit(event: str, page, url=None) -> list[Delivery]:
    """Record one delivery per interested subscription and queue them once committed.

    Callers decide whether the page may be named at all (:mod:`webhooks.signals`).
    """
    subscriptions = list(matching_subscriptions(event, page))
    if not subscriptions:
        return []
    message = payload.build(event, page, url=url)
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(
                subscription=subscription,
                message_id=Delivery.new_message_id(),
                event=event,
                page_id=page.pk,
                payload=message,
            )
            for subscription in subscriptions
        ]
    )
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: [enqueue(pk) for pk in ids])
    return deliveries


def resend(delivery: Delivery) -> None:
    """Queue a fresh attempt now (the admin's "resend"), whatever happened before."""
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.PENDING)
    enqueue(delivery.pk)
