"""Participants' personal data is deleted SIGNUP_RETENTION_DAYS after the activity
(``core.retention``; ``manage.py purge_personal_data``, daily by deploy/systemd/vcms-retention)."""

from django.db.models import Max, Q
from django.utils.translation import gettext_lazy as _

from core import retention

from .models import Registration, SignupOption


def _due(cutoff):
    """Every registration of a sign-up whose date (or whole activity) ended before ``cutoff``."""
    ended = (
        SignupOption.objects.annotate(last_end=Max("activity__occurrences__end"))
        .filter(
            Q(occurrence_start__isnull=False, occurrence_start__lt=cutoff)
            | Q(occurrence_start__isnull=True, last_end__lt=cutoff)
        )
        .values("pk")
    )
    return Registration.objects.filter(option__in=ended)


retention.register(
    retention.Rule(
        key="signups",
        label=_("Activity sign-ups: the participant's name, email, phone and answers"),
        setting="SIGNUP_RETENTION_DAYS",
        action=retention.DELETE,
        due=_due,
    )
)
