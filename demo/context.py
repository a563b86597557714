"""Shared state of one seed run: data files, locale, dates, lookups and progress output."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from .datafiles import DATA_DIR, DataFile, load
from .pages import find_child
from .validation import UnknownReference

if TYPE_CHECKING:
    from .images import ImageStore


def unknown(kind: str, key: str) -> UnknownReference:
    return UnknownReference(
        _('%(kind)s: "%(key)s" is not in the demo data') % {"kind": kind, "key": key}
    )


@dataclass
class SeedContext:
    """Everything the seeders share during one ``seed_demo`` run.

    Dates in the demo data are offsets in days from ``today`` (local date in
    ``settings.TIME_ZONE``), so the demo content always looks current.
    """

    write: Callable[[str], None] = print
    today: dt.date = field(default_factory=timezone.localdate)
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(settings.TIME_ZONE))
    data_dir: Path = DATA_DIR
    images: ImageStore | None = None
    #: Per-run caches filled by earlier seeders; the lookups fall back to the database.
    home: Page | None = None
    indexes: dict[str, Page] = field(default_factory=dict)
    cache: dict[tuple[str, str], object] = field(default_factory=dict)
    created: Counter = field(default_factory=Counter)
    files: dict[str, DataFile] = field(default_factory=dict)

    @property
    def locale(self) -> Locale:
        if "locale" not in self.__dict__:
            self.__dict__["locale"], _created = Locale.objects.get_or_create(
                language_code=settings.LANGUAGE_CODE
            )
        return self.__dict__["locale"]

    def data(self, name: str) -> DataFile:
        """The data file ``<name>.toml``, read once per run."""
        if name not in self.files:
            self.files[name] = load(name, self.data_dir)
        return self.files[name]

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

    def require(self, kind: str, key: str | None, loader):
        """Like ``lookup``, but a key the database does not have is a data error."""
        found = self.lookup(kind, key, loader)
        if key and found is None:
            del self.cache[(kind, key)]
            raise unknown(kind, key)
        return found

    # The page tree ------------------------------------------------------------------------

    def home_page(self) -> Page | None:
        """The default site's root page, found when not seeded this run."""
        if self.home is None:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            self.home = site.root_page.specific if site else None
        return self.home

    def index(self, key: str) -> Page | None:
        """The section page ``key`` of site.toml ("news", "facilities" …), if it exists."""
        if key not in self.indexes:
            sections = {
                entry["key"]: entry["slug"] for entry in self.data("site").entries("sections")
            }
            home = self.home_page()
            page = find_child(home, sections[key]) if home is not None else None
            if page is None:
                return None
            self.indexes[key] = page
        return self.indexes[key]

    def page_in(self, section: str, slug: str | None) -> Page | None:
        """The page ``slug`` in ``section`` (say the association an article belongs to).

        When the section itself is not there (a seeder run on its own) the reference is
        left empty; a slug missing from an existing section is a data error.
        """
        if not slug:
            return None
        if (section, slug) not in self.cache:
            index = self.index(section)
            if index is None:
                return None
            page = find_child(index, slug)
            if page is None:
                raise unknown(section, slug)
            self.cache[(section, slug)] = page
        return self.cache[(section, slug)]

    # Progress -----------------------------------------------------------------------------

    def report(self, section: str, created: int, existing: int) -> None:
        self.created[section] += created
        self.write(
            _("%(section)s: %(created)d created, %(existing)d existed")
            % {"section": section, "created": created, "existing": existing}
        )


#: Loggers that write a line per page or task; quiet below --verbosity 2.
CHATTY_LOGGERS = ["wagtail", "django_tasks"]


@contextmanager
def quiet_loggers(names, enabled=True):
    """Raise ``names`` to WARNING for the duration, so progress lines stay readable."""
    loggers = [logging.getLogger(name) for name in names] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
