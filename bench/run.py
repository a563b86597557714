"""``make bench``: prepare the bench databases, serve the app with gunicorn, load it with wrk.

Usage: ``.venv/bin/python -m bench.run [--duration 8] [--only feed_hit,search_api] …``
(``--help`` lists the options). Results go to ``bench/results/<date>.json`` and ``.md``.

Every scenario runs for a fixed time after a warm-up, with the same wrk settings, against
the same server; B1 (a bare Django view) is measured in the same run, and each scenario is
reported as a ratio to it, because the machine is shared and absolute numbers drift.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

from . import herd, report
from .baseline import baseline_body
from .goals import PAGE_TYPE_PREFIX

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB_100K = "vcms_bench_100k"
DB_1K = "vcms_bench_1k"
CACHE_PREFIX = "vcms-bench"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# Databases ---------------------------------------------------------------------------------


def ensure_database(name: str, reuse: bool = False) -> None:
    """Create the database if missing (never drops anything), then migrate it (not with
    ``reuse``)."""
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            log(f"creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')
        elif reuse:
            return
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=django_env(name),
        check=True,
    )


def prepare(name: str, target: int, herd_keys: int, index: bool, reuse: bool = False) -> dict:
    args = [PYTHON, "-m", "bench.dbsetup", "prepare", "--target", str(target)]
    args += ["--herd-keys", str(herd_keys)] + (["--index"] if index else [])
    args += ["--quick"] if reuse else []
    out = subprocess.run(
        args, cwd=ROOT, env=django_env(name), check=True, capture_output=True, text=True
    )
    sys.stderr.write(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def publish(name: str, marker: str) -> dict:
    out = subprocess.run(
        [PYTHON, "-m", "bench.dbsetup", "publish", marker],
        cwd=ROOT,
        env=django_env(name),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def publish_timings(name: str, count: int) -> dict:
    """Seconds of ``count`` publishes of one page on database ``name`` (in-process, like the
    admin's Publish button without the HTTP round trip)."""
    out = subprocess.run(
        [PYTHON, "-m", "bench.dbsetup", "publish-timings", str(count)],
        cwd=ROOT,
        env=django_env(name),
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = json.loads(out.stdout.strip().splitlines()[-1])["publish_seconds"]
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"requests": len(seconds), "p50_ms": round(statistics.median(seconds) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "seconds_each": [round(x, 3) for x in seconds]}  # fmt: skip


def worker_memory(name: str, seconds: float = 20.0) -> dict:
    """Peak RSS (MiB) of the background worker (``db_worker``, as deploy/systemd runs it) on
    database ``name`` over its first ``seconds``: start-up and polling its queue."""
    proc = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--backend", "webhooks", "--queue-name", "webhooks",
         "--interval", "1", "--no-reload"],
        cwd=ROOT, env=django_env(name), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    peak = 0
    try:
        deadline = time.time() + seconds
        handle = psutil.Process(proc.pid)
        while time.time() < deadline and proc.poll() is None:
            try:
                peak = max(peak, handle.memory_info().rss)
            except psutil.NoSuchProcess:
                break
            time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return {"rss_mib": round(peak / 2**20, 1)}


# Environment and server --------------------------------------------------------------------


def redis_url() -> str:
    """REDIS_URL if set; else a local Redis on 6379 if one answers (db 7); else "" (locmem)."""
    if "REDIS_URL" in os.environ:
        return os.environ["REDIS_URL"]
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                return "redis://127.0.0.1:6379/7"
    except OSError:
        pass
    return ""


def clear_bench_cache(url: str) -> None:
    """Delete the bench's own keys (by prefix) so every run starts cold; nothing else."""
    if not url:
        return
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


ENV: dict[str, str] = {}


def django_env(db: str) -> dict:
    env = dict(os.environ)
    env.update(ENV)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
            "DATABASE_URL": f"{PG}/{db}",
            "PYTHONPATH": str(ROOT),
        }
    )
    if env.get("CACHE_KEY_PREFIX"):
        # One prefix per database: the 1k and 100k servers share one Redis, and what the app
        # keeps between publishes (a directory's order, the content version) is per database.
        env["CACHE_KEY_PREFIX"] = f"{env['CACHE_KEY_PREFIX']}:{db}"
    return env


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` and all its children so far."""
    master = psutil.Process(pid)
    total = 0.0
    for proc in [master, *master.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


class Server:
    """gunicorn serving ``bench.wsgi`` on loopback; stopped by its own pid."""

    def __init__(self, db: str, port: int, workers: int, threads: int, static_file: Path):
        self.db, self.port = db, port
        self.workers, self.threads = workers, threads
        self.static_file = static_file
        self.proc: subprocess.Popen | None = None
        self.base = f"http://127.0.0.1:{port}"

    @property
    def description(self) -> str:
        return (
            f"gunicorn {self.workers} workers × {self.threads} threads (gthread), "
            "cms.settings.bench (production + DEBUG=False)"
        )

    def start(self) -> None:
        env = django_env(self.db)
        env["BENCH_STATIC_FILE"] = str(self.static_file)
        args = [
            str(Path(PYTHON).parent / "gunicorn"),
            "bench.wsgi:application",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.workers),
            "--worker-class", "gthread",
            "--threads", str(self.threads),
            "--backlog", "2048",
            "--timeout", "60",
            # Longer than the herd's poll interval, as a browser keeps its connection open.
            "--keep-alive", "15",
            "--log-level", "warning",
        ]  # fmt: skip
        log(f"starting {self.description} on {self.db}")
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, start_new_session=True)
        # Generous: on the shared 2-core machine three workers importing Django can take long.
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                if self.proc.poll() is not None:
                    raise RuntimeError("gunicorn exited during start-up") from None
                time.sleep(0.5)
        raise RuntimeError("gunicorn did not answer /healthz within 180 s")

    def processes(self) -> list[psutil.Process]:
        master = psutil.Process(self.proc.pid)
        return [master, *master.children(recursive=True)]

    def cpu_seconds(self) -> float:
        return tree_cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


# wrk ---------------------------------------------------------------------------------------


def wrk(
    url: str,
    args,
    headers: dict | None = None,
    paths: Path | None = None,
    unique=False,
    duration: int | None = None,
    cpu=None,
    connections=None,
) -> dict:
    """Warm up, then measure ``duration`` (default ``args.duration``) seconds; req/s and
    latency percentiles in ms. ``cpu`` (a callable giving the server's CPU seconds) adds the
    server's CPU time per request: on the shared machine a steadier cost than req/s."""
    env = dict(os.environ, PATHS_FILE=str(paths or ""), UNIQUE="1" if unique else "0")
    connections = connections or args.connections
    threads = min(args.wrk_threads, connections)
    base = ["wrk", "-t", str(threads), "-c", str(connections)]
    base += ["-s", str(BENCH / "wrk.lua"), "--timeout", "30s"]
    for name, value in (headers or {}).items():
        base += ["-H", f"{name}: {value}"]
    subprocess.run([*base, "-d", f"{args.warmup}s", url], env=env, capture_output=True)
    cpu_before = cpu() if cpu else None
    out = subprocess.run(
        [*base, "-d", f"{duration or args.duration}s", url],
        env=env,
        capture_output=True,
        text=True,
    )
    cpu_seconds = cpu() - cpu_before if cpu else None
    line = next((x for x in out.stdout.splitlines() if x.startswith("BENCHJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {url}:\n{out.stdout}\n{out.stderr}")
    raw = json.loads(line.removeprefix("BENCHJSON "))
    seconds = raw["duration_us"] / 1e6
    errors = sum(raw["errors"].values())
    return {
        "url": url.split("://", 1)[1].split("/", 1)[1] if "://" in url else url,
        "requests": raw["requests"],
        "seconds": round(seconds, 2),
        "rps": round(raw["requests"] / seconds, 1) if seconds else None,
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p95_ms": round(raw["p95_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "errors": errors,
        "error_detail": raw["errors"],
        "bytes_per_request": round(raw["bytes"] / raw["requests"]) if raw["requests"] else 0,
        "cpu_ms_per_request": round(cpu_seconds * 1000 / raw["requests"], 4)
        if cpu_seconds is not None and raw["requests"]
        else None,
    }


def merge_rounds(runs: list[dict]) -> dict:
    """Several rounds of one scenario: total req/s, and the median of each percentile."""
    requests = sum(r["requests"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    merged = dict(runs[-1])
    merged.update(
        {
            "requests": requests,
            "seconds": round(seconds, 2),
            "rps": round(requests / seconds, 1) if seconds else None,
            "errors": sum(r["errors"] for r in runs),
            "rounds": len(runs),
            "round_p95_ms": [r["p95_ms"] for r in runs],
            "round_rps": [r["rps"] for r in runs],
        }
    )
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        merged[key] = round(statistics.median(r[key] for r in runs), 2)
    cpu = [r["cpu_ms_per_request"] for r in runs if r.get("cpu_ms_per_request") is not None]
    merged["cpu_ms_per_request"] = round(statistics.median(cpu), 3) if cpu else None
    return merged


# Scenarios ---------------------------------------------------------------------------------


def next_week() -> tuple[str, str]:
    today = dt.date.today()
    monday = today + dt.timedelta(days=7 - today.weekday())
    return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


LISTING = "/api/v3/pages/?type=news.NewsArticlePage&order=-date&limit=20"


#: Sent by the "…_render" scenarios: the page cache serves no request with a ``messages``
#: cookie (core.page_cache), and Django ignores a messages cookie it cannot verify. A unique
#: ``?bench=N`` alone did not miss: the cache key keeps only the parameters a page reads.
UNCACHED_COOKIE = "messages=bench-uncached"

#: A compared pair's rounds count when every connection got this many answers in each
#: round; else the pair is measured again with rounds twice as long, up to the maximum. A
#: request still running when a round ends is not counted at all, so under load a page that
#: takes seconds (the admin explorer at 100k on a slow machine) gave rounds with no answers.
MIN_ANSWERS_PER_CONNECTION = 2
MAX_ROUND_SECONDS = 64


def rounds_too_short(measured: dict[str, tuple[list[dict], int]]) -> str:
    """Which of a pair's scenarios (name → (rounds, connections)) got too few answers in a
    round, as "name: answers per round" (empty when every round has enough)."""
    short = []
    for name, (runs, connections) in measured.items():
        answers = [run["requests"] for run in runs]
        if min(answers, default=0) < MIN_ANSWERS_PER_CONNECTION * connections:
            short.append(f"{name}: {answers}")
    return "; ".join(short)


def page_type_scenario(label: str) -> str:
    """The scenario name of a page type's uncached render ("guides.GuidePage" → …)."""
    return PAGE_TYPE_PREFIX + label.replace(".", "_").lower()


def scale_plan(facts: dict) -> dict:
    """The scale scenarios' requests on one database (URLs and ids differ per database).

    Issue #20: the scale scenarios (bench/goals.py SCALE_GOALS, and one render per page type)
    are measured on both databases in alternating rounds (100k, then 1k), under load
    (``--connections``) and with a single client (``_1c``); each gets a ``<name>_1k`` twin
    and the goal compares their p95.
    """
    date_from, date_to = next_week()
    editor = {"Cookie": facts.get("editor_cookie") or ""}
    uncached = {"Cookie": UNCACHED_COOKIE}
    plan = {
        "home_render": {"path": "/", "unique": True, "headers": uncached},
        "news_article_render": {"path": facts["news_url"], "unique": True, "headers": uncached},
        "activity_index_render": {
            "path": facts["activity_index_url"],
            "unique": True,
            "headers": uncached,
        },
        "listing_news_fields": {"path": "/api/v3/news/?limit=20"},
        "listing_activities_fields": {"path": "/api/v3/activities/?limit=20"},
        "occurrences_week": {
            "path": f"/api/v3/activities/occurrences/?from={date_from}&to={date_to}"
        },
        "feed_cold": {"path": "/__bench__/cold-feed/bench-herd-000/"},
        "admin_explorer": {"path": f"/admin/pages/{facts['news_index_id']}/", "headers": editor},
        "admin_editor": {
            "path": f"/admin/pages/{facts['news_article_id']}/edit/",
            "headers": editor,
        },
    }
    # Issue #20: "every uncached page type": one page of each other type (bench.dbsetup).
    for label, page in facts.get("page_type_urls", {}).items():
        plan[page_type_scenario(label)] = {
            "path": page["url"],
            "unique": True,
            "headers": uncached,
            "label": page["name"],
        }
    # Issue #20: "single client and under load". Each scale scenario again with one
    # connection: what one visitor or one editor waits, without the queueing of the others.
    plan.update({f"{name}_1c": {**spec, "connections": 1} for name, spec in list(plan.items())})
    return plan


def main_scenarios(
    server: Server, small: Server | None, facts: dict, args, tmp: Path, small_facts=None
) -> dict:
    """Everything measured on the 100k database, in order; ``--only`` picks some."""
    base = server.base
    feed = "/api/v3/screens/bench-herd-000/feed/"
    status, headers, _body = get(base + feed)
    etag = headers.get("ETag")
    date_from, date_to = next_week()
    queries = [q.strip() for q in (BENCH / "queries_da.txt").read_text().splitlines() if q]
    from urllib.parse import quote

    uncached = {"Cookie": UNCACHED_COOKIE}

    search_paths = tmp / "search.txt"
    search_paths.write_text("".join(f"/api/v3/search/?q={quote(q)}&limit=20\n" for q in queries))
    raw_paths = tmp / "raw.txt"
    raw_paths.write_text("".join(f"/__bench__/raw-search/?q={quote(q)}\n" for q in queries))
    plan = {
        "B0": {"path": "/__bench__/static/baseline.json"},
        "B1": {"path": "/__bench__/baseline.json"},
        "B2": {"path": "/__bench__/b2/baseline.json"},
        "feed_hit": {"path": feed},
        "feed_304": {"path": feed, "headers": {"If-None-Match": etag}},
        "feed_cold": {"path": "/__bench__/cold-feed/bench-herd-000/"},
        "listing_100k": {"path": LISTING},
        "occurrences_week": {
            "path": f"/api/v3/activities/occurrences/?from={date_from}&to={date_to}"
        },
        "booking_availability": {
            "path": f"/api/v3/bookings/facilities/{facts.get('booking_facility')}"
            f"/availability/?from={date_from}&days=28"
        },
        "home": {"path": "/"},
        "home_render": {"path": "/", "unique": True, "headers": uncached},
        "news_article": {"path": facts["news_url"]},
        "news_article_render": {"path": facts["news_url"], "unique": True, "headers": uncached},
        "activity_index": {"path": facts["activity_index_url"]},
        "activity_index_render": {
            "path": facts["activity_index_url"],
            "unique": True,
            "headers": uncached,
        },
        "search_api": {"path": "/api/v3/search/", "paths": search_paths},
        "search_raw_sql": {"path": "/__bench__/raw-search/", "paths": raw_paths},
    }
    servers = {"main": base, "small": small.base if small is not None else None}
    processes = {"main": server, "small": small}
    # The goals compare two measurements; those pairs run in alternating rounds (A, B, A, B,
    # …) so both sides see the same background load, and each figure is the median of its
    # rounds. Everything else runs once, right after its own B1 run. The feeds alternate
    # with both baselines: B1 (the whole middleware stack) and B2 (CommonMiddleware only).
    pairs = {
        "feed_hit": (("B1", "B2"), "main"),
        "feed_304": (("B1", "B2"), "main"),
        "search_api": (("search_raw_sql",), "main"),
        "listing_100k": (("listing_1k",), "small"),
    }
    plan["listing_1k"] = dict(plan["listing_100k"])
    plan.update(scale_plan(facts))
    if small is not None and small_facts:
        for name, spec in scale_plan(small_facts).items():
            # A page type only one database has is measured on its own, against B1.
            if name in plan:
                plan[f"{name}_1k"] = spec
                pairs[name] = ((f"{name}_1k",), "small")
    rounds = max(1, args.rounds)
    round_seconds = max(2, -(-args.duration // 2)) if rounds > 1 else args.duration

    def run_one(name, where="main", duration=None):
        spec = plan[name]
        result = wrk(
            servers[where] + spec["path"],
            args,
            headers=spec.get("headers"),
            paths=spec.get("paths"),
            unique=spec.get("unique", False),
            duration=duration,
            cpu=processes[where].cpu_seconds if processes[where] is not None else None,
            connections=spec.get("connections"),
        )
        if spec.get("label"):
            result["label"] = spec["label"]
        first = spec["paths"].read_text().splitlines()[0] if spec.get("paths") else spec["path"]
        try:
            result["status"] = get(servers[where] + first, spec.get("headers"))[0]
        except OSError as exc:  # a server saturated by the run: keep the figures
            result["status"] = f"no answer ({exc})"
        return result

    def show(name, result):
        log(
            f"{name:24} {result['rps']:>9} req/s  p50 {result['p50_ms']:>8} ms  "
            f"p95 {result['p95_ms']:>8} ms  p99 {result['p99_ms']:>8} ms  "
            f"errors {result['errors']}  (HTTP {result['status']})"
        )

    results = {}
    b1_runs = []
    b2_runs = []
    for name in ("B0", "B1", "B2"):
        results[name] = run_one(name)
        show(name, results[name])
    for name in plan:
        if name in ("B0", "B1", "B2", "search_raw_sql", "listing_1k") or name.endswith("_1k"):
            continue
        if args.only and name not in args.only:
            continue
        if name in pairs:
            others, where = pairs[name]
            if where == "small" and small is None:
                continue
            seconds = round_seconds
            while True:
                other_runs: dict[str, list] = {other: [] for other in others}
                b_runs = []
                for _round in range(rounds):
                    for other in others:
                        other_runs[other].append(run_one(other, where, seconds))
                    b_runs.append(run_one(name, "main", seconds))
                measured = {name: b_runs, **other_runs}
                short = rounds_too_short(
                    {
                        n: (runs, plan[n].get("connections") or args.connections)
                        for n, runs in measured.items()
                    }
                )
                if not short or seconds * 2 > MAX_ROUND_SECONDS:
                    break
                seconds *= 2
                log(f"{name}: too few answers in a round ({short}); again, {seconds} s a round")
            results[name] = merge_rounds(b_runs)
            results[name]["round_seconds"] = seconds
            for other, a_runs in other_runs.items():
                if other in ("B1", "B2"):
                    (b1_runs if other == "B1" else b2_runs).extend(a_runs)
                    pairs_ = list(zip(a_runs, b_runs, strict=True))
                    results[name][f"ratio_{other.lower()}"] = round(
                        statistics.median(b["rps"] / a["rps"] for a, b in pairs_), 3
                    )
                    # The same ratio from the server's CPU time per request (cost, not
                    # throughput): what a busy shared machine disturbs least.
                    cpu = [
                        a["cpu_ms_per_request"] / b["cpu_ms_per_request"]
                        for a, b in pairs_
                        if a.get("cpu_ms_per_request") and b.get("cpu_ms_per_request")
                    ]
                    if cpu:
                        results[name][f"cpu_ratio_{other.lower()}"] = round(
                            statistics.median(cpu), 3
                        )
                else:
                    results[other] = merge_rounds(a_runs)
                    show(other, results[other])
            show(name, results[name])
            continue
        # B1 again right before each scenario: the machine is shared, and a ratio is only
        # fair against a baseline measured under the same background load.
        b1 = run_one("B1")
        b1_runs.append(b1)
        result = run_one(name)
        result["b1_rps_adjacent"] = b1["rps"]
        result["ratio_b1"] = round(result["rps"] / b1["rps"], 3)
        results[name] = result
        show(name, result)
    for name in [n for n in results if n == "search_raw_sql" or n.endswith("_1k")]:
        if b1_runs:
            results[name]["ratio_b1"] = round(results[name]["rps"] / b1_runs[-1]["rps"], 3)
    if status != 200:
        log(f"warning: the feed answered HTTP {status}")
    if b1_runs:
        results["B1"]["adjacent_runs_rps"] = [run["rps"] for run in b1_runs]
    if b2_runs:
        results["B2"]["adjacent_runs_rps"] = [run["rps"] for run in b2_runs]
    return results


def cold_feed_queries(server: Server) -> dict:
    """SQL queries of one cold feed build at two slide counts (bench-small, bench-large)."""
    result = {}
    for key in ("bench-small", "bench-large"):
        counts = []
        slides = None
        for _attempt in range(3):
            status, headers, body = get(f"{server.base}/__bench__/cold-feed/{key}/")
            if status != 200:
                break
            counts.append(int(headers.get("X-Bench-Queries", "-1")))
            slides = len(json.loads(body)["slides"])
        # The first build may create renditions; the steady cold build is the last.
        result[key] = {"slides": slides, "queries": counts[-1] if counts else None}
    return result


def run_herd(server: Server, args) -> dict:
    keys = [f"bench-herd-{n:03d}" for n in range(args.herd_keys)]
    marker = f"bench-{secrets.token_hex(4)}"
    cpu_marks: dict[str, tuple[float, float]] = {}
    # Steady state: after every screen's first full response, before the publish.
    steady_from = args.herd_poll + 2
    publish_after = args.herd_seconds / 2

    def do_publish():
        cpu_marks["steady_end"] = (time.time(), server.cpu_seconds())
        return publish(server.db, marker)

    async def sample_cpu():
        await asyncio.sleep(0.5 + steady_from)
        cpu_marks["steady_start"] = (time.time(), server.cpu_seconds())

    async def go():
        sampler = asyncio.create_task(sample_cpu())
        outcome = await herd.run_herd(
            server.base,
            keys,
            args.herd_screens,
            args.herd_poll,
            args.herd_seconds,
            marker,
            publish_after,
            do_publish,
        )
        await sampler
        return outcome

    log(
        f"herd: {args.herd_screens} screens on {len(keys)} feeds, poll {args.herd_poll} s, "
        f"{args.herd_seconds} s, publish at {publish_after:g} s"
    )
    warm_started = time.time()
    warm_failed = asyncio.run(herd.warm(server.base, keys))
    log(
        f"herd: {len(keys)} feeds warmed in {time.time() - warm_started:.0f} s ({warm_failed} failed)"
    )
    wall0, cpu0 = time.time(), server.cpu_seconds()
    herd_log, published, _started = asyncio.run(go())
    wall1, cpu1 = time.time(), server.cpu_seconds()
    summary = herd.summarise(
        herd_log, args.herd_screens, published["published_at"], args.herd_poll
    )
    (t0, c0), (t1, c1) = cpu_marks["steady_start"], cpu_marks["steady_end"]
    summary.update(
        {
            "keys": len(keys),
            "seconds": args.herd_seconds,
            "publish_seconds": round(published["publish_seconds"], 2),
            "cpu_percent_of_2_cores_steady": round((c1 - c0) / (t1 - t0) / 2 * 100, 1),
            "cpu_percent_of_2_cores_whole_run": round(
                (cpu1 - cpu0) / (wall1 - wall0) / 2 * 100, 1
            ),
        }
    )
    log(f"herd: {json.dumps(summary)}")
    return summary


def run_varnish(args) -> dict | None:
    """Issue #20: a cached page vs a static file of its size, both through the Varnish of a
    running ``make stack`` on ``--stack-port`` (bench/varnish.py); None without a stack."""
    # Imported here: bench.varnish imports this module's wrk helpers.
    from . import varnish

    if not varnish.stack_answers(args.stack_port):
        log(f"varnish: no stack answers on :{args.stack_port} (make stack); not measured")
        return None
    round_seconds = max(2, -(-args.duration // 2)) if args.rounds > 1 else args.duration
    try:
        return varnish.measure(args.stack_port, args, args.stack_run_dir, round_seconds)
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        log(f"varnish: not measured ({exc})")
        return None


# Main --------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Run the benchmark (see docs/benchmarks.md).")
    parser.add_argument(
        "--duration",
        type=int,
        default=int(os.environ.get("BENCH_SECONDS", 8)),
        help="seconds measured per scenario (default 8, env BENCH_SECONDS)",
    )
    parser.add_argument("--warmup", type=int, default=2, help="warm-up seconds per scenario")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="alternating rounds for the compared pairs (each duration/2 s)",
    )
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--db-large", default=DB_100K, help="database of the main run")
    parser.add_argument("--db-small", default=DB_1K, help="database of the 1k listing")
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--small-pages", type=int, default=1_000)
    parser.add_argument("--herd-screens", type=int, default=500)
    parser.add_argument(
        "--herd-keys",
        type=int,
        default=10,
        help="distinct screen feeds the herd polls (screen i polls i mod keys)",
    )
    parser.add_argument("--herd-poll", type=float, default=10.0)
    parser.add_argument("--herd-seconds", type=float, default=60.0)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="databases prepared by an earlier run: no migrate, top-up, indexing or VACUUM",
    )
    parser.add_argument(
        "--skip-scale-extras",
        action="store_true",
        help="no publish timings and worker memory (issue #20)",
    )
    parser.add_argument("--publishes", type=int, default=5, help="publishes timed per database")
    parser.add_argument("--skip-herd", action="store_true")
    parser.add_argument(
        "--stack-port",
        type=int,
        default=None,
        help="Varnish port of a running `make stack`: measure a cached page vs a static "
        "file of its size through it (bench/varnish.py); without it the goal is not measured",
    )
    parser.add_argument(
        "--stack-run-dir",
        type=Path,
        default=None,
        help="that stack's run dir (default STACK_RUN_DIR, else .stack/)",
    )
    parser.add_argument("--skip-1k", action="store_true")
    parser.add_argument(
        "--only",
        type=lambda s: set(s.split(",")),
        default=None,
        help="comma-separated scenario names (B0 and B1 always run)",
    )
    parser.add_argument("--out", type=Path, default=BENCH / "results")
    return parser.parse_args(argv)  # fmt: skip


def main(argv=None) -> int:
    args = parse_args(argv)
    if not shutil.which("wrk"):
        log("wrk is not installed (apt-get install wrk)")
        return 2
    started = time.monotonic()
    cache = redis_url()
    if not cache and args.workers > 1:
        # Production settings refuse a per-process cache with several workers (the rate
        # limits would count per worker; cms.settings.guards), and so do the bench's.
        log("no Redis found: set REDIS_URL, or run with --workers 1")
        return 2
    ENV.update(
        {
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "REDIS_URL": cache,
            "SINGLE_PROCESS": "" if cache else "true",
            "CACHE_KEY_PREFIX": CACHE_PREFIX,
            # Screens poll every herd-poll seconds; the feed cache lives at most that long.
            "SCREENS_POLL_SECONDS": str(int(args.herd_poll)),
            "BENCH_BASELINE_ENABLED": "1",
            "LOG_LEVEL": "WARNING",
        }
    )
    log(f"cache: {'Redis ' + cache if cache else 'local memory (REDIS_URL unset)'}")
    ensure_database(args.db_large, args.reuse)
    facts = prepare(args.db_large, args.pages, args.herd_keys, index=True, reuse=args.reuse)
    log(
        f"large database ready: {json.dumps({k: v for k, v in facts.items() if k != 'editor_cookie'})}"
    )
    ENV["BENCH_BASELINE_BYTES"] = str(facts["feed_bytes"] or 8000)
    results: dict = {"scenarios": {}, "databases": {args.db_large: facts}}
    with tempfile.TemporaryDirectory(prefix="vcms-bench-") as tmpdir:
        tmp = Path(tmpdir)
        static_file = tmp / "baseline.json"
        static_file.write_bytes(baseline_body(int(ENV["BENCH_BASELINE_BYTES"])))
        small = None
        if not args.skip_1k:
            ensure_database(args.db_small, args.reuse)
            results["databases"][args.db_small] = prepare(
                args.db_small, args.small_pages, 0, index=False, reuse=args.reuse
            )
            small = Server(args.db_small, args.port + 1, args.workers, args.threads, static_file)
        clear_bench_cache(cache)
        server = Server(args.db_large, args.port, args.workers, args.threads, static_file)
        try:
            server.start()
            if small is not None:
                small.start()
            results["scenarios"] = main_scenarios(
                server, small, facts, args, tmp, results["databases"].get(args.db_small)
            )
            if small is not None:
                small.stop()
            if not args.skip_scale_extras:
                # Issue #20: publishing one page, and the worker's memory, at both sizes.
                databases = {"": args.db_large}
                if small is not None:
                    databases["_1k"] = args.db_small
                for suffix, db in databases.items():
                    results["scenarios"][f"publish_page{suffix}"] = publish_timings(
                        db, args.publishes
                    )
                    results[f"worker_memory{suffix}"] = worker_memory(db)
                    log(
                        f"publish{suffix}: {results['scenarios'][f'publish_page{suffix}']}, "
                        f"worker{suffix}: {results[f'worker_memory{suffix}']}"
                    )
            results["cold_feed_queries"] = cold_feed_queries(server)
            log(f"cold feed queries: {results['cold_feed_queries']}")
            if not args.skip_herd:
                results["herd"] = run_herd(server, args)
            if args.stack_port:
                results["varnish"] = run_varnish(args)
        finally:
            server.stop()
            if small is not None:
                small.stop()
    b1 = results["scenarios"].get("B1", {}).get("rps")
    for scenario in results["scenarios"].values():
        if b1 and scenario.get("rps") and "ratio_b1" not in scenario:
            scenario["ratio_b1"] = round(scenario["rps"] / b1, 3)
    results["meta"] = {
        "date": dt.date.today().isoformat(),
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()}: {psutil.cpu_count()} CPUs, "
        f"{round(psutil.virtual_memory().total / 2**30)} GiB RAM, {platform.platform()}, "
        f"Python {platform.python_version()}; shared with other jobs (noisy)",
        "command": "make bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "server": server.description,
        "cache": "Redis" if cache else "local memory",
        "load": f"wrk -t{args.wrk_threads} -c{args.connections}, {args.warmup} s warm-up + "
        f"{args.duration} s per scenario, loopback; B1 re-measured right before each scenario "
        "and × B1 is the ratio to that adjacent run; the compared pairs (B1/feed, raw SQL/"
        f"search, 1k/100k listing) in {args.rounds} alternating rounds of "
        f"{max(2, -(-args.duration // 2))} s, medians",
        "total_seconds": round(time.monotonic() - started, 1),
    }
    # The editor's session cookie is for this run's requests only, never for the results.
    for facts_ in results["databases"].values():
        facts_.pop("editor_cookie", None)
    json_path, md_path = report.write(results, args.out)
    print()
    print(md_path.read_text())
    log(f"results: {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
