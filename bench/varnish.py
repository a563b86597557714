"""Issue #20: a cached page delivered by Varnish vs Varnish delivering a static file of the
same size, against a running ``make stack``.

Usage: ``.venv/bin/python -m bench.varnish --stack-port 8180 [--duration 4 --rounds 3]``
(``bench.run --stack-port N`` runs the same and stores it as ``results["varnish"]``).

1. A public news article of the demo (from the API's newest news), requested anonymously
   through Varnish until it answers ``X-Cache: HIT``.
2. The page's own body written as a file under the stack's static root (``STACK_RUN_DIR/
   static``, served by the stack's static server behind Varnish at ``/static/``): the same
   bytes, so the same size; warmed until it is a HIT too.
3. wrk through Varnish in alternating rounds (page, static, page, static, …), the same
   connections and settings; ratio = the median of page req/s ÷ static req/s per round.
4. Varnish's own counters (``varnishstat``) before and after: every measured request must
   have been a cache hit. The static file is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .run import ROOT, get, log, merge_rounds, tree_cpu_seconds, wrk

#: The counters read before and after the measurement (varnishstat -f).
COUNTERS = (
    "MAIN.client_req",
    "MAIN.cache_hit",
    "MAIN.cache_miss",
    "MAIN.cache_hitpass",
    "MAIN.cache_hitmiss",
    "MAIN.s_pass",
    "MAIN.s_pipe",
)
#: Requests the stack itself may send through Varnish meanwhile (a purge by the worker, a
#: health check): at most this share of client requests may be other than hits.
HIT_SHARE_MIN = 0.999
NEWS_LISTING = "/api/v3/pages/?type=news.NewsArticlePage&order=-date&limit=10"


def default_run_dir() -> Path:
    return Path(os.environ.get("STACK_RUN_DIR") or ROOT / ".stack")


def stack_answers(port: int, timeout: float = 2.0) -> bool:
    """Whether Varnish of a stack answers ``/healthz`` on ``port``."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def paired_ratio(a_runs: list[dict], b_runs: list[dict]) -> float:
    """The median over rounds of a's req/s ÷ b's req/s, round by round (a round's two runs
    saw the same background load on the shared machine)."""
    if not a_runs:
        raise ValueError("no rounds")
    # strict: a round with one run only raises ValueError rather than being dropped.
    pairs = zip(a_runs, b_runs, strict=True)
    return round(statistics.median([a["rps"] / b["rps"] for a, b in pairs]), 3)


def hit_check(before: dict[str, int], after: dict[str, int], measured_requests: int) -> dict:
    """Varnish's counters over the measurement: how many client requests were hits.

    ``measured_requests`` is what wrk counted (its warm-ups are not in it but are in the
    counters, so the counters' requests are at least as many)."""
    delta = {name.removeprefix("MAIN."): after[name] - before[name] for name in COUNTERS}
    requests = delta["client_req"]
    not_hits = (
        delta["cache_miss"]
        + delta["cache_hitpass"]
        + delta["cache_hitmiss"]
        + delta["s_pass"]
        + delta["s_pipe"]
    )
    share = delta["cache_hit"] / requests if requests else 0.0
    return {
        **delta,
        "wrk_requests": measured_requests,
        "hit_share": round(share, 5),
        "all_hits": requests >= measured_requests and share >= HIT_SHARE_MIN,
        "not_hits": not_hits,
    }


def varnish_counters(run_dir: Path) -> dict[str, int]:
    """``varnishstat -1 -j`` of the stack's Varnish (its working directory in the run dir)."""
    args = ["varnishstat", "-n", str(run_dir / "varnish"), "-1", "-j"]
    for name in COUNTERS:
        args += ["-f", name]
    out = subprocess.run(args, check=True, capture_output=True, text=True, timeout=10).stdout
    data = json.loads(out)
    # Varnish ≥ 6.5 nests the counters under "counters"; older versions do not.
    counters = data.get("counters", data)
    return {name: int(counters[name]["value"]) for name in COUNTERS}


def varnish_cpu(run_dir: Path):
    """A callable giving varnishd's CPU seconds (manager and cache child), for wrk's
    ``cpu``: the cost per request, steadier than req/s on the shared machine."""

    pid = int((run_dir / "varnish.pid").read_text())
    return lambda: tree_cpu_seconds(pid)


def cpu_ratio(a_runs: list[dict], b_runs: list[dict]) -> float | None:
    """The median over rounds of b's CPU per request ÷ a's (≥ 1: a costs Varnish no more)."""
    pairs = [
        (a["cpu_ms_per_request"], b["cpu_ms_per_request"])
        for a, b in zip(a_runs, b_runs, strict=True)
        if a.get("cpu_ms_per_request") and b.get("cpu_ms_per_request")
    ]
    return round(statistics.median(b / a for a, b in pairs), 3) if pairs else None


def warm_until_hit(url: str, tries: int = 20) -> tuple[dict, bytes]:
    """GET ``url`` anonymously until Varnish answers it from its cache; headers and body."""
    for _ in range(tries):
        status, headers, body = get(url)
        if status != 200:
            raise RuntimeError(f"{url} answered HTTP {status}")
        if headers.get("X-Cache") == "HIT":
            return headers, body
        time.sleep(0.2)
    raise RuntimeError(f"{url} never became a Varnish HIT (X-Cache {headers.get('X-Cache')})")


def pick_page(base: str) -> str:
    """The path of a public news article of the demo: the newest in the site's language
    (Danish, as most visitors read it), else the newest in any language."""
    status, _headers, body = get(base + NEWS_LISTING)
    if status != 200:
        raise RuntimeError(f"{NEWS_LISTING} answered HTTP {status}")
    items = [item["meta"] for item in json.loads(body)["items"] if item["meta"].get("html_url")]
    if not items:
        raise RuntimeError("no news article with an html_url in the demo")
    chosen = next((meta for meta in items if meta.get("locale") == "da"), items[0])
    return urllib.parse.urlsplit(chosen["html_url"]).path


def static_file_for(body: bytes, static_dir: Path) -> Path:
    """A file under the static root holding exactly ``body`` (same size as the page)."""
    path = static_dir / f"bench-varnish-{secrets.token_hex(4)}.html"
    path.write_bytes(body)
    return path


def measure(
    port: int, args, run_dir: Path | None = None, round_seconds: int | None = None
) -> dict:
    """The scenario against the stack's Varnish on ``port``; ``args`` carries wrk's settings
    (``connections``, ``wrk_threads``, ``warmup``, ``rounds``; ``round_seconds`` measured
    per run, default ``args.duration``)."""
    run_dir = run_dir or default_run_dir()
    seconds = round_seconds or args.duration
    base = f"http://127.0.0.1:{port}"
    page_path = pick_page(base)
    page_headers, page_body = warm_until_hit(base + page_path)
    static = static_file_for(page_body, run_dir / "static")
    static_path = f"/static/{static.name}"
    try:
        static_headers, static_body = warm_until_hit(base + static_path)
        if len(static_body) != len(page_body):
            raise RuntimeError(f"{static_path}: {len(static_body)} bytes, not {len(page_body)}")
        log(f"varnish: {page_path} vs {static_path}, {len(page_body)} bytes each, both HITs")
        cpu = varnish_cpu(run_dir)
        before = varnish_counters(run_dir)
        page_runs, static_runs = [], []
        for _round in range(args.rounds):
            page_runs.append(wrk(base + page_path, args, duration=seconds, cpu=cpu))
            static_runs.append(wrk(base + static_path, args, duration=seconds, cpu=cpu))
        after = varnish_counters(run_dir)
    finally:
        static.unlink(missing_ok=True)
    page, static_result = merge_rounds(page_runs), merge_rounds(static_runs)
    hits = hit_check(before, after, page["requests"] + static_result["requests"])
    result = {
        "page": page,
        "static": static_result,
        "page_path": page_path,
        "body_bytes": len(page_body),
        "static_body_bytes": len(static_body),
        # What differs besides the body: the page's headers (CSP, cache tags' leftovers, …).
        "page_header_bytes": page["bytes_per_request"] - len(page_body),
        "static_header_bytes": static_result["bytes_per_request"] - len(static_body),
        "page_headers": page_headers,
        "static_headers": static_headers,
        "ratio": paired_ratio(page_runs, static_runs),
        # The same comparison by varnishd's CPU time per request (static ÷ page).
        "cpu_ratio": cpu_ratio(page_runs, static_runs),
        "hits": hits,
        "errors": page["errors"] + static_result["errors"],
        "load": f"wrk -t{args.wrk_threads} -c{args.connections}, {args.rounds} alternating "
        f"rounds of {args.warmup} s warm-up + {seconds} s each, through Varnish",
    }
    log(
        f"varnish: page {page['rps']} req/s (p50 {page['p50_ms']} / p95 {page['p95_ms']} ms), "
        f"static {static_result['rps']} req/s (p50 {static_result['p50_ms']} / p95 "
        f"{static_result['p95_ms']} ms), ratio {result['ratio']}× (by Varnish CPU per request "
        f"{result['cpu_ratio']}×), hit share "
        f"{hits['hit_share']} ({hits['cache_hit']} of {hits['client_req']})"
    )
    return result


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack-port", type=int, default=int(os.environ.get("STACK_PORT", 8180)))
    parser.add_argument("--stack-run-dir", type=Path, default=None, help="default STACK_RUN_DIR")
    parser.add_argument("--duration", type=int, default=4, help="seconds measured per round")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up seconds per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="write the result as JSON")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if not stack_answers(args.stack_port):
        log(f"no stack answers on :{args.stack_port} (make stack)")
        return 2
    result = measure(args.stack_port, args, args.stack_run_dir)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    return 0 if result["hits"]["all_hits"] and not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
