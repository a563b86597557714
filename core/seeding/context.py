"""Shared state of one seed run: locale, dates, lookups and progress output."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

if TYPE_CHECKING:
    from .images import ImageStore


@dataclass
class SeedContext:
    """Everything the seeders share during one ``seed_demo`` run.

    Dates in the demo data are offsets in days from ``today`` (local date in
    ``settings.TIME_ZONE``), so the demo content always looks current.
    """

    write: Callable[[str], None] = print
    today: dt.date = field(default_factory=timezone.localdate)
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(settings.TIME_ZONE))
    images: ImageStore | None = None
    #: Per-run caches filled by earlier seeders; ``lookup`` falls back to the database.
    home: Page | None = None
    indexes: dict[str, Page] = field(default_factory=dict)
    cache: dict[tuple[str, str], object] = field(default_factory=dict)
    created: Counter = field(default_factory=Counter)

    @property
    def locale(self) -> Locale:
        if "locale" not in self.__dict__:
            self.__dict__["locale"], _created = Locale.objects.get_or_create(
                language_code=settings.LANGUAGE_CODE
            )
        return self.__dict__["locale"]

    # Dates --------------------------------------------------------------------------------

    def day(self, offset_days: int | None) -> dt.date | None:
        if offset_days is None:
            return None
        return self.today + dt.timedelta(days=offset_days)

    def at(self, offset_days: int, clock: str = "00:00") -> dt.datetime:
        """An aware datetime ``offset_days`` from today at local wall-clock time ``clock``."""
        hour, minute = (int(part) for part in clock.split(":"))
        return dt.datetime.combine(self.day(offset_days), dt.time(hour, minute), tzinfo=self.tz)

    # Lookups ------------------------------------------------------------------------------

    def remember(self, kind: str, key: str, obj) -> None:
        self.cache[(kind, key)] = obj

    def lookup(self, kind: str, key: str | None, loader):
        """A cached object by kind and key; ``loader(key)`` finds it when not cached yet."""
        if not key:
            return None
        if (kind, key) not in self.cache:
            self.cache[(kind, key)] = loader(key)
        return self.cache[(kind, key)]

    # Progress -----------------------------------------------------------------------------

    def report(self, section: str, created: int, existing: int) -> None:
        self.created[section] += created
        self.write(
            _("%(section)s: %(created)d created, %(existing)d existed")
            % {"section": section, "created": created, "existing": existing}
        )
