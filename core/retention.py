"""How long personal data is kept: one rule per kind, run by ``manage.py purge_personal_data``.

Each app that stores personal data declares its rules in its own ``retention.py`` module with
``register()``; the command finds them with Django's ``autodiscover_modules`` (the kernel
imports no domain app). A rule names the setting that holds its period in days, selects the
rows past it, and deletes or anonymises them::

    from core import retention

    retention.register(
        retention.Rule(
            key="submissions",
            label=_("Public suggestions: the sender's name, email and phone"),
            setting="SUBMISSION_RETENTION_DAYS",
            action=retention.DELETE,
            due=lambda cutoff: Submission.objects.filter(created_at__lt=cutoff),
        )
    )

``docs/privacy.md`` lists every rule with its period and reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.utils.module_loading import autodiscover_modules

DELETE = "delete"
ANONYMISE = "anonymise"


def _delete(queryset: QuerySet, now: dt.datetime) -> int:
    # Through the ORM, so cascades and delete signals run; the count is of the rule's own rows.
    _total, per_model = queryset.delete()
    return per_model.get(queryset.model._meta.label, 0)


@dataclass(frozen=True)
class Rule:
    """One kind of personal data and what happens to it after ``setting`` days.

    ``due(cutoff)`` returns the rows past their period (``cutoff`` is now minus the period);
    ``apply(rows, now)`` deletes (the default) or anonymises them and returns how many.
    """

    key: str
    label: str
    setting: str
    action: str
    due: Callable[[dt.datetime], QuerySet]
    apply: Callable[[QuerySet, dt.datetime], int] = _delete

    def days(self) -> int:
        """The period from settings; at least one day, so a typo never empties a table."""
        value = getattr(settings, self.setting)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ImproperlyConfigured(
                f"{self.setting} must be a whole number of days, at least 1 (got {value!r})."
            )
        return value

    def cutoff(self, now: dt.datetime) -> dt.datetime:
        return now - dt.timedelta(days=self.days())


_RULES: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add ``rule`` (registering the same key again replaces it, e.g. on a module reload)."""
    if rule.action not in (DELETE, ANONYMISE):
        raise ValueError(f"Unknown retention action {rule.action!r}")
    _RULES[rule.key] = rule
    return rule


def rules() -> list[Rule]:
    """Every app's rules, in the order the apps are installed and the rules registered."""
    autodiscover_modules("retention")
    return list(_RULES.values())
