"""Publishing a hearing with its decision queues the decision emails (after the commit)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import AnswerAttachment, HearingPage
from .state import State


@receiver(page_published, sender=HearingPage)
def decision_published(sender, instance, **kwargs):
    if instance.state != State.DECIDED:
        return
    from .tasks import send_decision_emails

    transaction.on_commit(lambda: send_decision_emails.enqueue(instance.pk))


@receiver(post_delete, sender=AnswerAttachment)
def delete_attachment_file(sender, instance, **kwargs):
    """A deleted attachment takes its file along (retention, erasure, admin deletion)."""
    if instance.file:
        transaction.on_commit(lambda: instance.file.delete(save=False))
