"""Background work of the hearings (django-tasks, ``TASKS["default"]``)."""

from django_tasks import task

from . import notify


@task()
def send_decision_emails(hearing_id: int) -> int:
    return notify.send_decision_emails(hearing_id)
