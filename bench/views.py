"""Bench-only views, mounted by ``bench/urls.py`` when ``BENCH_BASELINE_ENABLED`` is on.

- ``baseline``: B1, a bare Django view returning a constant JSON body of the feed's size;
- ``cold_feed``: the screen feed's miss path (cache invalidated, feed built, stored and
  sent) on every request; the ``X-Bench-Queries`` header says how many SQL queries ran;
- ``raw_search``: the raw floor for search, one hand-written PostgreSQL full-text query
  over the bench-owned ``bench_fts`` table (GIN index), see ``bench/dbsetup.py``.
"""

from functools import cache

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse

from core import cache_versions
from screens.api import _build_entry

from .baseline import baseline_body


@cache
def _body() -> bytes:
    return baseline_body(settings.BENCH_BASELINE_BYTES)


def baseline(request):
    return HttpResponse(_body(), content_type="application/json")


class _Counter:
    """Counts the SQL statements run through the connection (cheaper than capturing them)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def cold_feed(request, key):
    """The feed view's miss path: cache invalidated, the feed built and stored, sent whole.

    It calls the same build-and-store function as ``screens.api.feed_entry`` on a miss, but
    without its one-rebuild-at-a-time claim, so concurrent requests all really rebuild.
    """
    cache_versions.bump(cache_versions.SCREENS)
    counter = _Counter()
    with connection.execute_wrapper(counter):
        entry = _build_entry(key, None)
    if entry is None:
        return HttpResponse(status=404)
    response = HttpResponse(entry["body"], content_type="application/json")
    response["ETag"] = entry["etag"]
    response["X-Bench-Queries"] = str(counter.count)
    return response


RAW_SEARCH_SQL = """
SELECT p.id, p.title, ts_rank(f.doc, q.query) AS rank, count(*) OVER () AS total
FROM bench_fts f
JOIN wagtailcore_page p ON p.id = f.page_id,
     plainto_tsquery('danish', %s) AS q(query)
WHERE f.doc @@ q.query AND p.live
ORDER BY rank DESC, p.id
LIMIT 20
"""


def raw_search(request):
    with connection.cursor() as cursor:
        cursor.execute(RAW_SEARCH_SQL, [request.GET.get("q", "")])
        rows = cursor.fetchall()
    return JsonResponse(
        {
            "count": rows[0][3] if rows else 0,
            "items": [{"id": r[0], "title": r[1], "rank": r[2]} for r in rows],
        },
        json_dumps_params={"ensure_ascii": False},
    )
