"""Retention of nominations (core.retention).

A nomination holds the nominator's name, email and phone and what they wrote about a third
person. After the period it is deleted, except a winner's: the municipality keeps who won
which year (and the recorded consent, if the name is published), but not who nominated them
or why.
"""

from django.utils.translation import gettext_lazy as _

from core import retention

from .models import Nomination

#: What anonymising a winner's nomination empties.
ANONYMISED_FIELDS = (
    "nominator_name",
    "nominator_email",
    "nominator_phone",
    "reason",
    "staff_note",
)


def _not_won(cutoff):
    return Nomination.objects.filter(created_at__lt=cutoff).exclude(
        status=Nomination.Status.WINNER
    )


def _won(cutoff):
    return Nomination.objects.filter(
        created_at__lt=cutoff, status=Nomination.Status.WINNER, anonymised_at__isnull=True
    )


def _anonymise(rows, now) -> int:
    return rows.update(anonymised_at=now, **dict.fromkeys(ANONYMISED_FIELDS, ""))


retention.register(
    retention.Rule(
        key="nominations",
        label=_("Nominations not selected: all of it, the reason about the volunteer included"),
        setting="NOMINATION_RETENTION_DAYS",
        action=retention.DELETE,
        due=_not_won,
    )
)
retention.register(
    retention.Rule(
        key="winning_nominations",
        label=_("Winners' nominations: the nominator's details, the reason and the staff note"),
        setting="NOMINATION_RETENTION_DAYS",
        action=retention.ANONYMISE,
        due=_won,
        apply=_anonymise,
    )
)
retention.register(
    retention.history_of_deleted(
        "nominations_history",
        Nomination,
        _("Admin history of deleted nominations: the volunteer's name in each entry"),
    )
)
