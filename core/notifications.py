"""Wagtail's moderation emails, made unable to undo the change they report.

Wagtail sends "submitted for moderation", "approved" and "rejected" emails from signal
receivers that run inside the caller's transaction. It catches a failure per message and a
refused or timed-out connection, but any other error while opening the connection (a login
the mail server refuses, a TLS error, an unknown host) propagates: the public form's
transaction rolls back and the citizen's suggestion is lost with a 500.

Here each of Wagtail's notifiers is subclassed so that a failing mail server is logged and
the content is still saved; staff still see it in the moderation queue on the dashboard and
in *Public suggestions*. The subclasses take over Wagtail's ``dispatch_uid``, so each
notification is sent once whichever app's ``ready()`` runs first.
"""

from __future__ import annotations

import logging

from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

logger = logging.getLogger(__name__)


class NeverRaisingMixin:
    """Log instead of raising when the notification cannot be sent."""

    def send_notifications(self, template_set, context, recipients, **kwargs):
        try:
            return super().send_notifications(template_set, context, recipients, **kwargs)
        except Exception:
            logger.exception(
                "Moderation notification %r could not be sent to %d recipient(s); "
                "the content is saved and waits in the moderation queue",
                self.notification,
                len(recipients),
            )
            return False


class TaskSubmittedNotifier(NeverRaisingMixin, mail.GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmittedNotifier(NeverRaisingMixin, mail.WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovedNotifier(NeverRaisingMixin, mail.WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectedNotifier(NeverRaisingMixin, mail.WorkflowStateRejectionEmailNotifier):
    pass


#: (signal, sender, Wagtail's dispatch_uid, our notifier) as in wagtail.admin.signal_handlers.
RECEIVERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        TaskSubmittedNotifier(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmittedNotifier(),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowRejectedNotifier(),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowApprovedNotifier(),
    ),
]


def connect() -> None:
    """Replace Wagtail's notification receivers (called from ``CoreConfig.ready``)."""
    for signal, sender, dispatch_uid, notifier in RECEIVERS:
        # If Wagtail's admin app was ready first its receiver is there: remove it. If not, ours
        # holds the uid and Wagtail's later connect() with the same uid is a no-op.
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
