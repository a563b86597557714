"""Demo content for ``manage.py seed_demo``.

The seed is an ordered list of *seeders*: functions taking a ``SeedContext``. Each one is
idempotent (it looks its objects up by slug under their parent, or by a stable key, and
skips what exists) and reports one progress line. Other apps add their own step with
``register`` instead of editing the core loop, e.g. in the screens app::

    from core.seeding import register
    register("screens", seed_screens, after="guides")
"""

from __future__ import annotations

from collections.abc import Callable

from .activities import seed_activities
from .associations import seed_associations
from .context import SeedContext
from .facilities import seed_facilities
from .guides import seed_guides
from .news import seed_news
from .renovations import seed_renovations
from .snippets import seed_audiences, seed_contacts, seed_topics
from .standard import seed_standard_pages
from .tree import seed_home, seed_indexes

Seeder = Callable[[SeedContext], None]

#: (name, seeder) in run order. Later steps may rely on objects earlier ones created.
SEEDERS: list[tuple[str, Seeder]] = [
    ("home", seed_home),
    ("indexes", seed_indexes),
    ("topics", seed_topics),
    ("audiences", seed_audiences),
    ("contacts", seed_contacts),
    ("facilities", seed_facilities),
    ("associations", seed_associations),
    ("news", seed_news),
    ("activities", seed_activities),
    ("renovations", seed_renovations),
    ("guides", seed_guides),
    ("standard_pages", seed_standard_pages),
]


def register(name: str, seeder: Seeder, *, after: str | None = None) -> None:
    """Add ``seeder`` to the run, at the end or right after the step called ``after``.

    Registering the same name again replaces the earlier seeder (safe on module reloads).
    """
    names = [entry[0] for entry in SEEDERS]
    if name in names:
        SEEDERS[names.index(name)] = (name, seeder)
        return
    position = names.index(after) + 1 if after else len(SEEDERS)
    SEEDERS.insert(position, (name, seeder))


def run(ctx: SeedContext, only: list[str] | None = None) -> None:
    """Run every registered seeder (or just those named in ``only``) in order."""
    for name, seeder in list(SEEDERS):
        if only is None or name in only:
            seeder(ctx)


__all__ = ["SEEDERS", "SeedContext", "Seeder", "register", "run"]
