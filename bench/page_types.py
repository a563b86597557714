"""``python -m bench.page_types``: one uncached render of every page type, in-process.

Runs with the bench settings (``cms.settings.bench``) against ``DATABASE_URL``: for each page
type ``bench.dbsetup.page_type_urls`` picks, ``--repeat`` renders through Django's test
client with the page-cache bypass cookie of ``make bench``, and prints the fastest after the
first (ms, CPU of this process), the SQL queries and the HTML size. A quick way to find the
page type that does not stay flat before a full ``make bench``; the goal itself is judged
there, under load and with one client.
"""

from __future__ import annotations

import argparse
import json
import time


def measure(repeat: int) -> dict[str, dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.dbsetup import page_type_urls
    from bench.run import UNCACHED_COOKIE

    client = Client(HTTP_COOKIE=UNCACHED_COOKIE, HTTP_HOST="127.0.0.1")
    results = {}
    for label, page in page_type_urls().items():
        times = []
        for n in range(repeat + 1):
            with CaptureQueriesContext(connection) as queries:
                started = time.process_time()
                response = client.get(page["url"], {"bench": n})
                times.append(time.process_time() - started)
        results[label] = {
            "url": page["url"],
            "status": response.status_code,
            "ms": round(min(times[1:]) * 1000, 1),
            "queries": len(queries.captured_queries),
            "bytes": len(response.content),
        }
    return results


def main(argv=None) -> None:
    import django

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="renders per page type (default 5)")
    args = parser.parse_args(argv)
    django.setup()
    for label, row in measure(args.repeat).items():
        print(json.dumps({"type": label, **row}))


if __name__ == "__main__":
    main()
