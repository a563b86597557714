"""Wagtail's database search backend, with a title-length average that is not recounted on
every save (PostgreSQL).

modelsearch's PostgreSQL index sets each new entry's ``title_norm`` to the average title
length over the length of its title, and finds that average with ``AVG(LENGTH(title))``
over every index entry, after every indexed save. At 100 000 pages that scan was 75 ms,
twice per publish: most of the cost of publishing one page (``make bench``, "publishing one
page", docs/benchmarks.md). The average of 100 000 titles does not move when one changes,
so it is kept in the cache for ``TITLE_AVERAGE_SECONDS`` and counted afresh after that, and
on a full refresh (``update_index``). Rankings may use an average up to that old.

Select it with ``"BACKEND": "search.backends.database"``; on other databases it is
modelsearch's own backend for that database, unchanged.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection
from django.db.models import Avg, F, FloatField, Value
from django.db.models.functions import Length
from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

#: How long a counted average title length is used before it is counted again.
TITLE_AVERAGE_SECONDS = 60 * 60


class CachedAveragePostgresIndex(PostgresIndex):
    """modelsearch's index, counting the average title length at most once an interval."""

    def _cache_key(self) -> str:
        # Per database: one cache may serve several (the bench's 1k and 100k databases).
        database = connection.settings_dict["NAME"]
        return f"search:title-length-average:{database}:{self.entries.model._meta.db_table}"

    def _average_title_length(self, fresh: bool = False) -> float | None:
        key = self._cache_key()
        average = None if fresh else cache.get(key)
        if average is None:
            average = (
                self.entries.annotate(title_length=Length("title"))
                .filter(title_length__gt=0)
                .aggregate(Avg("title_length"))["title_length__avg"]
            )
            if average is not None:
                cache.set(key, average, TITLE_AVERAGE_SECONDS)
        return average

    def _refresh_title_norms(self, full=False):
        if full:
            # The whole table is rewritten anyway: count the average afresh for it.
            self._average_title_length(fresh=True)
            return super()._refresh_title_norms(full=True)
        average = self._average_title_length()
        if average is None:
            return None
        # As modelsearch does: only new entries still carry the default norm of 1.0.
        return (
            self.entries.filter(title_norm=1.0)
            .annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            # A float: PostgreSQL divides an integer parameter by the length as integers.
            .update(title_norm=Value(float(average), FloatField()) / F("title_length"))
        )


class CachedAveragePostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL's database search backend with :class:`CachedAveragePostgresIndex`."""

    index_class = CachedAveragePostgresIndex


def SearchBackend(params):
    """The backend for the default database, as ``wagtail.search.backends.database``."""
    if connection.vendor == "postgresql":
        return CachedAveragePostgresSearchBackend(params)
    return vendor_backend(params)
