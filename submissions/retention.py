"""Retention of the contact details people leave with a public suggestion (core.retention)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core import retention

from .models import Submission


def _due(cutoff):
    # A row without a page lost its suggestion before deletions cascaded (the old SET_NULL):
    # it has no purpose left, whatever its age.
    return Submission.objects.filter(Q(created_at__lt=cutoff) | Q(page__isnull=True))


retention.register(
    retention.Rule(
        key="submissions",
        label=_("Public suggestions: the sender's name, email and phone"),
        setting="SUBMISSION_RETENTION_DAYS",
        action=retention.DELETE,
        due=_due,
    )
)
retention.register(
    retention.history_of_deleted(
        "submissions_history",
        Submission,
        _("Admin history of deleted public suggestions: the title in each entry"),
    )
)
