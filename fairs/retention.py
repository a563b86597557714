"""Stand applicants' contact details are emptied STAND_CONTACT_RETENTION_DAYS after the fair
(``core.retention``; ``manage.py purge_personal_data``, daily by deploy/systemd/vcms-retention).

The application itself stays: the exhibitor, stand number and programme text were published
and are the record of who took part. What goes is the contact person (name, email, phone) and
the staff note, which may say something about them.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core import retention

from .models import StandApplication

PERSONAL_FIELDS = ("contact_name", "contact_email", "contact_phone", "staff_note")


def _due(cutoff):
    """Applications for fairs that ended before ``cutoff`` that still hold a contact detail."""
    holds_something = Q()
    for name in PERSONAL_FIELDS:
        holds_something |= ~Q(**{name: ""})
    return StandApplication.objects.filter(fair__ends_at__lt=cutoff).filter(holds_something)


def _anonymise(applications, now) -> int:
    # A queryset update: no save signals, so no email is sent and nothing is re-validated.
    return applications.update(**dict.fromkeys(PERSONAL_FIELDS, ""))


retention.register(
    retention.Rule(
        key="stand_contacts",
        label=_("Stand applications: the contact person's name, email and phone, staff's note"),
        setting="STAND_CONTACT_RETENTION_DAYS",
        action=retention.ANONYMISE,
        due=_due,
        apply=_anonymise,
    )
)
