"""Retention of invitations nobody accepted (core.retention).

An invitation creates a user (email, name) without a usable password and emails a one-time
link (Django's password reset token, never stored; it expires after PASSWORD_RESET_TIMEOUT).
A person who never used it cannot log in or reset a password, so the account only holds their
name and email. After the period it is deleted with its memberships; staff can invite again.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.utils.translation import gettext_lazy as _

from core import retention

from .models import Membership


def _never_accepted(cutoff):
    return (
        get_user_model()
        .objects.filter(
            password__startswith=UNUSABLE_PASSWORD_PREFIX,
            last_login__isnull=True,
            is_staff=False,
            is_superuser=False,
            date_joined__lt=cutoff,
            pk__in=Membership.objects.values("user"),
        )
        # Invited again recently (a new membership): the new link may still be used.
        .exclude(pk__in=Membership.objects.filter(created_at__gte=cutoff).values("user"))
    )


retention.register(
    retention.Rule(
        key="invitations",
        label=_("Invitations never accepted: the invited person's account"),
        setting="INVITATION_RETENTION_DAYS",
        action=retention.DELETE,
        due=_never_accepted,
    )
)
