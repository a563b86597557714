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
from django.db.models import CharField, QuerySet, Value
from django.db.models.functions import Cast, Concat
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
    #: The setting holding the period in days; None: due at once, at the next run.
    setting: str | None
    action: str
    due: Callable[[dt.datetime], QuerySet]
    apply: Callable[[QuerySet, dt.datetime], int] = _delete

    def days(self) -> int | None:
        """The period from settings; at least one day, so a typo never empties a table."""
        if self.setting is None:
            return None
        value = getattr(settings, self.setting)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ImproperlyConfigured(
                f"{self.setting} must be a whole number of days, at least 1 (got {value!r})."
            )
        return value

    def cutoff(self, now: dt.datetime) -> dt.datetime:
        days = self.days()
        return now if days is None else now - dt.timedelta(days=days)


def _scrub_history(entries: QuerySet, now: dt.datetime) -> int:
    return entries.update(label=Concat(Value("#"), "object_id"), data={})


def history_of_deleted(key: str, model, label: str) -> Rule:
    """A rule for the admin history of ``model`` rows that no longer exist.

    Wagtail's history (``ModelLogEntry``) labels each entry with ``str(obj)``, and keeps the
    entry after the object is deleted, by staff or by a retention rule: the name of a deleted
    nomination or the title of a deleted suggestion would stay there for good. The rule keeps
    who did what and when, and replaces the label by the object's id.
    """

    def due(cutoff):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ModelLogEntry

        existing = model._default_manager.annotate(pk_text=Cast("pk", CharField())).values(
            "pk_text"
        )
        return (
            ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(model))
            .exclude(object_id__in=existing)
            .exclude(label=Concat(Value("#"), "object_id"))
        )

    return Rule(
        key=key, label=label, setting=None, action=ANONYMISE, due=due, apply=_scrub_history
    )


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
