"""Wagtail's database search backend, with a title-length average that is not recounted on
every save (PostgreSQL).

modelsearch's PostgreSQL index sets each new entry's ``title_norm`` to the average title
length over the length of its title, and finds that average with ``AVG(LENGTH(title))``
over every index entry, after every indexed save. At 100 000 pages that scan was 75 ms,
twice per publish: most of the cost of publishing one page (``make bench``, "publishing one
page", docs/benchmarks.md). The average of 100 000 titles does not move when one changes,
so for a large index (``SAMPLE_FROM`` entries or more) it is taken over a sample, kept in
the cache for ``TITLE_AVERAGE_SECONDS`` and counted afresh after that, and exactly on a full
refresh (``update_index``). Rankings may use an average up to that old. A small index
counts it exactly on every save, as modelsearch does: that is cheap there.

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
#: From this many entries (PostgreSQL's estimate) the average is taken over a sample of
#: about SAMPLE_ROWS of them. The sample's blocks are scattered over the table (324 MB at
#: 100 000 pages, 2.4 entries a block), so a cold sample costs a disk read per block: 5 000
#: entries took 180 ms (and 350 ms in a make bench run, where it was the whole miss of
#: "publishing one page"), 1 000 take 50 ms and land within 7 % of the exact average
#: (4.83–5.35 against 4.998 over 14 draws). The norms only weigh a title match against the
#: body's.
SAMPLE_FROM = 20_000
SAMPLE_ROWS = 1_000
#: Scales a kept average so no settled entry's norm is exactly the new-entry marker 1.0;
#: the ranking moves by a part in a billion.
NOT_ONE = 1 + 1e-9


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
            average = self._sampled_average() if not fresh else None
            if average is None:
                average = (
                    self.entries.annotate(title_length=Length("title"))
                    .filter(title_length__gt=0)
                    .aggregate(Avg("title_length"))["title_length__avg"]
                )
            if average is not None:
                cache.set(key, average, TITLE_AVERAGE_SECONDS)
        return average

    def _sampled_average(self) -> float | None:
        """The average over a sample of about ``SAMPLE_ROWS`` entries, for a large index.

        Counting every entry read the whole table (75 ms warm, 500 ms cold at 100 000
        pages); ``TABLESAMPLE SYSTEM`` reads about 400 of its blocks (4 ms warm, 50 ms cold;
        see ``SAMPLE_ROWS``). None for a small index (counted exactly) or an empty sample.
        """
        table = self.entries.model._meta.db_table
        rows = self._estimated_rows()
        if rows <= 0 or rows < SAMPLE_FROM:
            return None
        with connection.cursor() as cursor:
            percent = min(100.0, 100.0 * SAMPLE_ROWS / rows)
            # The table name is the model's own; the percentage is a parameter.
            cursor.execute(
                f"SELECT AVG(LENGTH(title)) FROM {connection.ops.quote_name(table)} "  # nosec B608
                "TABLESAMPLE SYSTEM (%s) WHERE LENGTH(title) > 0",
                [percent],
            )
            return cursor.fetchone()[0]

    def _refresh_title_norms(self, full=False):
        if full:
            # The whole table is rewritten anyway: count the average afresh for it.
            self._average_title_length(fresh=True)
            return super()._refresh_title_norms(full=True)
        if not self._is_large():
            # A small index counts its average in no time, and exactly: modelsearch's way.
            return super()._refresh_title_norms()
        average = self._average_title_length()
        if average is None:
            return None
        # As modelsearch does: only new entries still carry the default norm of 1.0. A kept
        # average must not give a settled entry that same 1.0 (a whole-number average over a
        # title of that many terms), or every later save rewrites every such entry again:
        # seeding the demo on PostgreSQL took 309 s instead of 55 s that way.
        return (
            self.entries.filter(title_norm=1.0)
            .annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            # A float: PostgreSQL divides an integer parameter by the length as integers.
            .update(title_norm=Value(float(average) * NOT_ONE, FloatField()) / F("title_length"))
        )

    def _estimated_rows(self) -> float:
        """PostgreSQL's estimate of the entries (0 when never analysed)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE relname = %s",
                [self.entries.model._meta.db_table],
            )
            row = cursor.fetchone()
        return max(row[0], 0) if row else 0

    def _is_large(self) -> bool:
        return self._estimated_rows() >= SAMPLE_FROM


class CachedAveragePostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL's database search backend with :class:`CachedAveragePostgresIndex`."""

    index_class = CachedAveragePostgresIndex


def SearchBackend(params):
    """The backend for the default database, as ``wagtail.search.backends.database``."""
    if connection.vendor == "postgresql":
        return CachedAveragePostgresSearchBackend(params)
    return vendor_backend(params)
