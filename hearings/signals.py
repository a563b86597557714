"""Publishing a hearing with its decision queues the decision emails (after the commit)."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import HearingPage
from .state import State


@receiver(page_published, sender=HearingPage)
def decision_published(sender, instance, **kwargs):
    if instance.state != State.DECIDED:
        return
    from .tasks import send_decision_emails

    transaction.on_commit(lambda: send_decision_emails.enqueue(instance.pk))
