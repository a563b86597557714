"""The state of a hearing, from its dates and fields alone: no one saves anything to move it.

- kommende (upcoming): before the start date;
- åben (open): from the start date through the response deadline (the whole day);
- afsluttet (closed): after the deadline, no decision yet;
- afgjort (decided): a decision text with a decision date that has come.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class State(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", pgettext_lazy("hearing state", "Closed")
    DECIDED = "decided", _("Decided")


def hearing_state(
    *,
    start: dt.date,
    deadline: dt.date,
    decision_text: str = "",
    decision_date: dt.date | None = None,
    today: dt.date | None = None,
) -> State:
    """The one rule for a hearing's state (page, API, feeds, screens and the form use it)."""
    today = today or timezone.localdate()
    if decision_date and decision_date <= today and (decision_text or "").strip():
        return State.DECIDED
    if today < start:
        return State.UPCOMING
    if today <= deadline:
        return State.OPEN
    return State.CLOSED
