"""The queued work: django-tasks on its own database-backed backend (``TASKS["webhooks"]``).

``manage.py db_worker --backend webhooks --queue-name webhooks`` runs it (``make run``,
``deploy/systemd/vcms-webhooks-worker.service``).
"""

import uuid

from django_tasks import task

from webhooks import delivering
from webhooks.models import Delivery

BACKEND = "webhooks"
QUEUE = "webhooks"


@task(backend=BACKEND, queue_name=QUEUE)
def deliver(delivery_id: int, token: str) -> str:
    status, retry_at = delivering.attempt(delivery_id, token)
    if retry_at is not None:
        enqueue(delivery_id, run_after=retry_at)
    return status


def enqueue(delivery_id: int, run_after=None) -> None:
    """Queue an attempt; an attempt queued earlier for the same delivery then does nothing.

    The token makes "resend" and a scheduled retry not both call the target.
    """
    token = uuid.uuid4().hex
    Delivery.objects.filter(pk=delivery_id).update(token=token, next_attempt_at=run_after)
    queued = deliver.using(run_after=run_after) if run_after else deliver
    queued.enqueue(delivery_id, token)
