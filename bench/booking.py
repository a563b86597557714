"""The booking availability figure of issue #17 on its own, in a few minutes:
``python -m bench.booking``.

One facility's availability over 4 weeks with 5,000 bookings in the database, served by
gunicorn with the bench's production settings (``cms.settings.bench``, Redis cache), on a
small database that holds just the demo and the bench facility's bookings
(``python -m bench.dbsetup bookings``; the figure depends on the bookings, not on the page
count). Three wrk runs, each after the B1 baseline of the same moment:

- **miss**: every request a first day not asked for before (``from`` walks through the 336
  first days whose 28 days all have bookings, ``days=28``), after a warm-up on other keys
  (27-day periods) and with the bench's cache keys deleted, so each request builds the body;
- **hit**: one period, asked for again and again (the cached body);
- **B1**: the bare Django view (``bench.views``) with the whole middleware stack.

The miss run stops by itself before the distinct first days run out (``requests`` in the
result is checked against them: a repeat would be a hit). Results go to
``bench/results/<date>-booking.json`` and ``.md``; the goal is p95 ≤ 50 ms (``bench.goals``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import run
from .baseline import baseline_body
from .goals import BOOKING_AVAILABILITY_MAX_P95_MS

DAYS = 28


def prepare(db: str) -> dict:
    out = subprocess.run(
        [run.PYTHON, "-m", "bench.dbsetup", "bookings"],
        cwd=run.ROOT,
        env=run.django_env(db),
        check=True,
        capture_output=True,
        text=True,
    )
    sys.stderr.write(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def first_days(today: dt.date) -> list[str]:
    """Distinct first days whose 28 days all lie inside the bookings (26 weeks either side)."""
    start = today - dt.timedelta(weeks=26)
    return [(start + dt.timedelta(days=n)).isoformat() for n in range(7 * 48)]


def markdown(result: dict) -> str:
    s = result["scenarios"]
    rows = [
        "| run | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in ("B1 (before miss)", "miss", "B1 (before hit)", "hit"):
        r = s[name]
        rows.append(
            f"| {name} | {r['requests']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} "
            f"| {r['p99_ms']} | {r['errors']} |"
        )
    return "\n".join(
        [
            f"# Booking availability (issue #17), {result['date']}",
            "",
            f"`{result['command']}`",
            "",
            f"{result['server']}; cache {result['cache']}; database {result['database']} "
            f"({result['facts']['pages']} pages, {result['facts']['booking_slots']} booking "
            f"slots); load average before the run {result['load_average']}.",
            "",
            *rows,
            "",
            f"Goal: p95 ≤ {BOOKING_AVAILABILITY_MAX_P95_MS} ms. Miss: "
            f"{'MET' if s['miss']['p95_ms'] <= BOOKING_AVAILABILITY_MAX_P95_MS else 'MISSED'}; "
            f"hit: {'MET' if s['hit']['p95_ms'] <= BOOKING_AVAILABILITY_MAX_P95_MS else 'MISSED'}.",
            "",
        ]
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vcms_bench_booking")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--duration", type=int, default=6, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=2, help="warm-up of the hit and B1 runs")
    parser.add_argument(
        "--miss-duration",
        type=int,
        default=3,
        help="seconds of the miss run: short, so that its requests stay below the distinct periods",
    )
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=run.BENCH / "results")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        run.log("wrk is not installed (apt-get install wrk)")
        return 2
    cache = run.redis_url()
    if not cache:
        run.log("no Redis found: set REDIS_URL (the bench's settings want a shared cache)")
        return 2
    run.ENV.update(
        {
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "REDIS_URL": cache,
            "SINGLE_PROCESS": "",
            "CACHE_KEY_PREFIX": run.CACHE_PREFIX,
            "BENCH_BASELINE_ENABLED": "1",
            "BENCH_BASELINE_BYTES": "8000",
            "LOG_LEVEL": "WARNING",
        }
    )
    run.ensure_database(args.db)
    facts = prepare(args.db)
    run.log(f"database ready: {facts}")
    path = f"/api/v3/bookings/facilities/{facts['booking_facility']}/availability/"
    days = first_days(dt.date.today())
    result: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "python -m bench.booking " + " ".join(argv or sys.argv[1:]),
        "database": args.db,
        "facts": facts,
        "cache": cache,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "scenarios": {},
    }
    with tempfile.TemporaryDirectory(prefix="vcms-bench-booking-") as tmpdir:
        tmp = Path(tmpdir)
        static_file = tmp / "baseline.json"
        static_file.write_bytes(baseline_body(8000))
        paths = tmp / "miss.txt"
        paths.write_text("".join(f"{path}?from={day}&days={DAYS}\n" for day in days))
        # Warms the workers (imports, connections, the API) on other cache keys (27 days).
        warm = tmp / "warm.txt"
        warm.write_text("".join(f"{path}?from={day}&days={DAYS - 1}\n" for day in days))
        server = run.Server(args.db, args.port, args.workers, args.threads, static_file)
        result["server"] = server.description
        try:
            server.start()
            cpu = server.cpu_seconds
            b1 = server.base + "/__bench__/baseline.json"
            scenarios = result["scenarios"]
            scenarios["B1 (before miss)"] = run.wrk(b1, args, cpu=cpu)
            run.wrk(server.base + path, args, paths=warm, duration=2)
            run.clear_bench_cache(cache)
            cold = argparse.Namespace(
                **{**vars(args), "warmup": 0, "duration": args.miss_duration}
            )
            scenarios["miss"] = run.wrk(server.base + path, cold, paths=paths, cpu=cpu)
            scenarios["miss"]["distinct_periods"] = len(days)
            if scenarios["miss"]["requests"] > len(days):
                run.log("warning: more miss requests than distinct periods (some were hits)")
            scenarios["B1 (before hit)"] = run.wrk(b1, args, cpu=cpu)
            hit = f"{server.base}{path}?from={days[len(days) // 2]}&days={DAYS}"
            scenarios["hit"] = run.wrk(hit, args, cpu=cpu)
            status, _headers, body = run.get(hit)
            scenarios["hit"]["status"], scenarios["hit"]["body_bytes"] = status, len(body)
        finally:
            server.stop()
    for name, r in result["scenarios"].items():
        run.log(
            f"{name:18} {r['requests']:>6} requests {r['rps']:>8} req/s  p50 {r['p50_ms']:>8} "
            f"ms  p95 {r['p95_ms']:>8} ms  errors {r['errors']}"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"{time.strftime('%Y-%m-%d')}-booking"
    stem.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    stem.with_suffix(".md").write_text(markdown(result))
    run.log(f"wrote {stem}.json and .md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
