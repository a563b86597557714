"""The queued work: django-tasks on its own database-backed backend (``TASKS["subscriptions"]``).

``manage.py db_worker --backend subscriptions --queue-name subscriptions`` runs it
(``make run``, ``deploy/systemd/vcms-subscriptions-worker.service``). Requests never send
email themselves: the subscribe form and a publish only write rows and queue a task.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django_tasks import task

from subscriptions import sending

BACKEND = "subscriptions"
QUEUE = "subscriptions"
#: After a failed send (mail server down) the same subscriber is tried again this much later.
RETRY_AFTER = dt.timedelta(minutes=10)


@task(backend=BACKEND, queue_name=QUEUE)
def send_confirmation(subscriber_id: int, subscription_ids: list[int]) -> str:
    return sending.send_confirmation(subscriber_id, subscription_ids)


@task(backend=BACKEND, queue_name=QUEUE)
def send_immediate(subscriber_id: int) -> str:
    summary, retry = sending.send_immediate(subscriber_id)
    if retry:
        send_immediate.using(run_after=timezone.now() + RETRY_AFTER).enqueue(subscriber_id)
    return summary
