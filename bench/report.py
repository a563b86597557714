"""Writing a run's results: ``bench/results/<date>.json`` and a Markdown summary."""

from __future__ import annotations

import json
from pathlib import Path

from .goals import PAGE_TYPE_PREFIX, SCALE_SCENARIOS, evaluate

#: Scenario names in the order the table lists them, with a short description.
SCENARIOS = {
    "B0": "B0: baseline bytes as a static file (gunicorn, no Django)",
    "B1": "B1: bare Django view, constant JSON of the feed's size, whole middleware stack",
    "B2": "B2: the same view with CommonMiddleware only (same server)",
    "feed_hit": "screen feed, cache hit",
    "feed_304": "screen feed, 304 on If-None-Match",
    "feed_cold": "screen feed, cold (cache cleared before each request)",
    "listing_100k": "API v3 listing, 20 newest news, 100k pages",
    "listing_1k": "API v3 listing, 20 newest news, 1k pages",
    "occurrences_week": "API activity occurrences, next week",
    "booking_availability": "API booking availability, one facility, 4 weeks, 5,000 bookings",
    "home": "home page (HTML, page cache)",
    "home_render": "home page (HTML, rendered every time)",
    "news_article": "news article (HTML, page cache)",
    "news_article_render": "news article (HTML, rendered every time)",
    "activity_index": "activity listing page (HTML, page cache)",
    "activity_index_render": "activity listing page (HTML, rendered every time)",
    "search_api": "search API, 30 Danish queries",
    "search_raw_sql": "raw PostgreSQL full text (GIN), same 30 queries, LIMIT 20",
    "listing_news_fields": "API news listing, card fields, limit 20",
    "listing_activities_fields": "API activity listing, card fields, limit 20",
    "admin_explorer": "admin page explorer: the news index (editor)",
    "admin_editor": "admin page editor: a news article (editor)",
    "publish_page": "publishing one page (in-process, 5 times)",
}
# Each scale scenario's single-client twin (issue #20), listed right after it.
SCENARIOS = {
    key: value
    for name, label in SCENARIOS.items()
    for key, value in ((name, label), (f"{name}_1c", f"{label}, single client"))
    if key == name or name in SCALE_SCENARIOS
}
# Each scale scenario's 1k twin (issue #20), listed right after it.
SCENARIOS = {
    key: value
    for name, label in SCENARIOS.items()
    for key, value in ((name, label), (f"{name}_1k", f"{label} — at 1k"))
    if (not name.endswith("_1k") and name != "listing_100k") or key == name
}


def _page_type_rows(scenarios: dict) -> dict[str, str]:
    """Table rows of the per-page-type renders (issue #20), labelled with their type."""
    suffixes = {
        "": "",
        "_1k": " — at 1k",
        "_1c": ", single client",
        "_1c_1k": ", single client — at 1k",
    }
    rows = {}
    for name, scenario in scenarios.items():
        if name.startswith(PAGE_TYPE_PREFIX) and not name.endswith(("_1k", "_1c")):
            for suffix, text in suffixes.items():
                label = f"{scenario.get('label') or name}, rendered (uncached){text}"
                rows[f"{name}{suffix}"] = label
    return rows


def _fmt(value, digits=1) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}"


def markdown(results: dict) -> str:
    """The summary table, the herd, and the goals with PASS/MISS."""
    meta = results.get("meta", {})
    lines = [
        f"### Benchmark {meta.get('date', '')}",
        "",
        f"- machine: {meta.get('machine', '')}",
        f"- command: `{meta.get('command', '')}`",
        f"- server: {meta.get('server', '')}",
        f"- load: {meta.get('load', '')}",
        "",
        "| scenario | req/s | × B1 | × B2 | p50 ms | p95 ms | p99 ms | CPU ms/req | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    scenarios = results.get("scenarios", {})
    b1 = (scenarios.get("B1") or {}).get("rps")
    for name, label in {**SCENARIOS, **_page_type_rows(scenarios)}.items():
        s = scenarios.get(name)
        if not s:
            continue
        ratio = s.get("ratio_b1")
        if ratio is None and b1 and s.get("rps"):
            ratio = s["rps"] / b1
        lines.append(
            f"| {label} | {_fmt(s.get('rps'))} | {_fmt(ratio, 2)} | "
            f"{_fmt(s.get('ratio_b2'), 2)} | {_fmt(s.get('p50_ms'))} | "
            f"{_fmt(s.get('p95_ms'))} | {_fmt(s.get('p99_ms'))} | "
            f"{_fmt(s.get('cpu_ms_per_request'), 2)} | {s.get('errors', 0)} |"
        )
    cold = results.get("cold_feed_queries") or {}
    if cold:
        lines += [
            "",
            "Cold feed SQL queries: "
            + "; ".join(
                f"`{key}` {v['slides']} slides → {v['queries']} queries" for key, v in cold.items()
            ),
        ]
    herd = results.get("herd")
    if herd:
        lines += [
            "",
            f"Screen herd: {herd['screens']} screens on {herd.get('keys', '?')} feeds, "
            f"poll {herd['poll_seconds']:g} s for {herd.get('seconds', '?')} s, one publish midway: "
            f"{herd['polls']} polls, {herd['errors']} errors, "
            f"server CPU {_fmt(herd.get('cpu_percent_of_2_cores_steady'))} % of 2 cores (steady), "
            f"p95 {_fmt(herd.get('p95_before_ms'))} ms before / {_fmt(herd.get('p95_after_ms'))} ms "
            f"after the publish, all screens updated after "
            f"{_fmt(herd.get('seconds_until_all_updated'))} s.",
        ]
    varnish = results.get("varnish")
    if varnish:
        page, static = varnish["page"], varnish["static"]
        hits = varnish["hits"]
        cpu = varnish.get("cpu_ratio")
        cpu_text = f"; {cpu:.2f}× by varnishd's CPU per request" if cpu else ""
        lines += [
            "",
            f"Varnish (make stack): `{varnish['page_path']}` from the cache "
            f"{_fmt(page['rps'])} req/s (p50 {_fmt(page['p50_ms'], 2)} / p95 "
            f"{_fmt(page['p95_ms'], 2)} ms) vs a static file of the same "
            f"{varnish['body_bytes']} bytes {_fmt(static['rps'])} req/s (p50 "
            f"{_fmt(static['p50_ms'], 2)} / p95 {_fmt(static['p95_ms'], 2)} ms): "
            f"{varnish['ratio']:.2f}× (median of {page.get('rounds', 1)} rounds{cpu_text}); "
            f"{hits['cache_hit']} of {hits['client_req']} requests were hits "
            f"({hits['hit_share']:.2%}).",
        ]
    lines += ["", "| goal | target | measured | |", "|---|---|---|---|"]
    for goal in evaluate(results):
        lines.append(f"| {goal.name} | {goal.target} | {goal.measured} | {goal.verdict} |")
    return "\n".join(lines) + "\n"


def write(results: dict, directory: Path) -> tuple[Path, Path]:
    """Write ``<date>.json`` and ``<date>.md``; the goals are stored with the results."""
    directory.mkdir(parents=True, exist_ok=True)
    date = results["meta"]["date"]
    results = {
        **results,
        "goals": [
            {"name": g.name, "target": g.target, "measured": g.measured, "verdict": g.verdict}
            for g in evaluate(results)
        ],
    }
    json_path = directory / f"{date}.json"
    md_path = directory / f"{date}.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    md_path.write_text(markdown(results))
    return json_path, md_path
