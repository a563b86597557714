"""The goals of issue #7 and how a run's results are judged against them (PASS/MISS).

The thresholds are the issue's; do not weaken them here.
"""

from __future__ import annotations

from dataclasses import dataclass

FEED_HIT_MIN_RATIO = 0.6
FEED_304_MIN_RATIO = 0.8
#: Issue #20: feed hit and 304 vs B2 (a bare Django view with CommonMiddleware only).
FEED_MIN_RATIO_B2 = 0.8
LISTING_MAX_P95_RATIO = 2.0
SEARCH_MAX_P95_RATIO = 3.0
HERD_MAX_CPU_PERCENT_OF_2_CORES = 25.0
#: Issue #17: one facility's availability over 4 weeks with 5,000 bookings (absolute, ms).
BOOKING_AVAILABILITY_MAX_P95_MS = 50.0
HERD_SLACK_SECONDS = 1.0
#: Issue #20 (flat cost at 100 000 pages): p95 at the large database vs the 1k one.
SCALE_GOALS = {
    "home_render": ("home page, rendered (uncached)", 1.5),
    "news_article_render": ("news article, rendered (uncached)", 1.5),
    "activity_index_render": ("activity listing page, rendered (uncached)", 1.5),
    "listing_news_fields": ("API news listing with its card fields", 1.5),
    "listing_activities_fields": ("API activity listing with its card fields", 1.5),
    "occurrences_week": ("API occurrences for a week", 1.5),
    "feed_cold": ("cold screen feed build", 1.5),
    "admin_explorer": ("admin page explorer (news, as an editor)", 2.0),
    "admin_editor": ("admin page editor (a news article)", 2.0),
    "publish_page": ("publishing one page", 2.0),
}
#: The scale goals measured with wrk on both databases, under load and with a single client;
#: publishing is timed in-process (bench.dbsetup publish-timings).
SCALE_SCENARIOS = tuple(name for name in SCALE_GOALS if name != "publish_page")
#: Issue #20: "every uncached page type": the scenarios of the page types not in SCALE_GOALS
#: (bench.run.page_type_scenario), each with the label of its type, judged like a rendered page.
PAGE_TYPE_PREFIX = "type_"
PAGE_TYPE_MAX_RATIO = 1.5
WORKER_MEMORY_MAX_RATIO = 1.2
#: Issue #20: the search API's p95 vs the raw GIN-indexed tsvector floor.
SEARCH_MAX_P95_RATIO_FLOOR = 1.5
#: Issue #20: a cached page through Varnish vs Varnish delivering a static file of its size.
VARNISH_MIN_RATIO = 0.8


@dataclass
class Goal:
    """One goal: what it asks, what was measured, and whether it was met (None: not measured)."""

    name: str
    target: str
    measured: str
    passed: bool | None

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "MISS", None: "n/a"}[self.passed]


def _rps(results: dict, name: str) -> float | None:
    scenario = results.get("scenarios", {}).get(name)
    return scenario.get("rps") if scenario else None


def _p95(results: dict, name: str) -> float | None:
    """The scenario's p95, or None when no request was answered in it (wrk then says 0)."""
    scenario = results.get("scenarios", {}).get(name)
    if not scenario or not scenario.get("requests", 1):
        return None
    return scenario.get("p95_ms")


def _b1_ratio(results: dict, name: str) -> float | None:
    """req/s relative to B1: to the B1 run right before the scenario when there was one."""
    scenario = results.get("scenarios", {}).get(name)
    if not scenario or not scenario.get("rps"):
        return None
    if scenario.get("ratio_b1") is not None:
        return scenario["ratio_b1"]
    b1 = _rps(results, "B1")
    return scenario["rps"] / b1 if b1 else None


def _b2_ratio(results: dict, name: str) -> float | None:
    """req/s relative to B2, from the rounds that alternated with it."""
    scenario = results.get("scenarios", {}).get(name)
    return scenario.get("ratio_b2") if scenario else None


def _ratio_goal(name, target, value, base, minimum=None, maximum=None, unit="×") -> Goal:
    if value is None or not base:
        return Goal(name, target, "not measured", None)
    ratio = value / base
    passed = (minimum is None or ratio >= minimum) and (maximum is None or ratio <= maximum)
    return Goal(name, target, f"{ratio:.2f}{unit}", passed)


def _scale_goals(results: dict, name: str, label: str, limit: float) -> list[Goal]:
    """p95 at 100k vs its ``_1k`` twin, under load, and with one client when measured."""
    goals = []
    for suffix, mode in (("", ""), ("_1c", ", single client")):
        if suffix and f"{name}{suffix}" not in results.get("scenarios", {}):
            continue
        goals.append(
            _ratio_goal(
                f"{label}{mode}: p95 at 100k vs 1k",
                f"≤ {limit}×",
                _p95(results, f"{name}{suffix}"),
                _p95(results, f"{name}{suffix}_1k"),
                maximum=limit,
            )
        )
    return goals


def _page_type_goals(results: dict) -> list[Goal]:
    """The scale goals of every page type measured on its own (bench.dbsetup.page_type_urls)."""
    goals = []
    for name, scenario in results.get("scenarios", {}).items():
        if name.startswith(PAGE_TYPE_PREFIX) and not name.endswith(("_1k", "_1c")):
            label = f"{scenario.get('label') or name}, rendered (uncached)"
            goals += _scale_goals(results, name, label, PAGE_TYPE_MAX_RATIO)
    return goals


def evaluate(results: dict) -> list[Goal]:
    """Every goal of the issue, judged on ``results`` (the structure bench/run.py writes)."""
    goals = [
        _ratio_goal(
            "feed cache hit req/s vs B1",
            f"≥ {FEED_HIT_MIN_RATIO}× B1",
            _b1_ratio(results, "feed_hit"),
            1.0,
            minimum=FEED_HIT_MIN_RATIO,
        ),
        _ratio_goal(
            "feed 304 req/s vs B1",
            f"≥ {FEED_304_MIN_RATIO}× B1",
            _b1_ratio(results, "feed_304"),
            1.0,
            minimum=FEED_304_MIN_RATIO,
        ),
        _ratio_goal(
            "feed cache hit req/s vs B2 (CommonMiddleware only)",
            f"≥ {FEED_MIN_RATIO_B2}× B2",
            _b2_ratio(results, "feed_hit"),
            1.0,
            minimum=FEED_MIN_RATIO_B2,
        ),
        _ratio_goal(
            "feed 304 req/s vs B2 (CommonMiddleware only)",
            f"≥ {FEED_MIN_RATIO_B2}× B2",
            _b2_ratio(results, "feed_304"),
            1.0,
            minimum=FEED_MIN_RATIO_B2,
        ),
    ]
    for name, label in (("feed_hit", "feed cache hit"), ("feed_304", "feed 304")):
        # The same goal on the server's CPU time per request (B2's / the feed's), which the
        # other jobs on a shared machine disturb less than req/s.
        scenario = results.get("scenarios", {}).get(name) or {}
        goals.append(
            _ratio_goal(
                f"{label} vs B2, by server CPU per request",
                f"≥ {FEED_MIN_RATIO_B2}× B2",
                scenario.get("cpu_ratio_b2"),
                1.0,
                minimum=FEED_MIN_RATIO_B2,
            )
        )
    cold = results.get("cold_feed_queries") or {}
    counts = [v["queries"] for v in cold.values() if v.get("queries") is not None]
    slides = [v.get("slides") for v in cold.values()]
    if len(counts) >= 2:
        measured = ", ".join(
            f"{v['slides']} slides: {v['queries']} queries" for v in cold.values()
        )
        # Constant only counts when the slide counts actually differ.
        passed = len(set(counts)) == 1 and len(set(slides)) > 1
        goals.append(Goal("cold feed queries vs slide count", "constant", measured, passed))
    else:
        goals.append(Goal("cold feed queries vs slide count", "constant", "not measured", None))
    goals.append(
        _ratio_goal(
            "listing p95 at 100k vs 1k",
            f"≤ {LISTING_MAX_P95_RATIO}×",
            _p95(results, "listing_100k"),
            _p95(results, "listing_1k"),
            maximum=LISTING_MAX_P95_RATIO,
        )
    )
    goals.append(
        _ratio_goal(
            "search API p95 vs raw SQL p95",
            f"≤ {SEARCH_MAX_P95_RATIO}×",
            _p95(results, "search_api"),
            _p95(results, "search_raw_sql"),
            maximum=SEARCH_MAX_P95_RATIO,
        )
    )
    goals.append(
        _ratio_goal(
            "search API p95 vs the real floor (issue #20)",
            f"≤ {SEARCH_MAX_P95_RATIO_FLOOR}×",
            _p95(results, "search_api"),
            _p95(results, "search_raw_sql"),
            maximum=SEARCH_MAX_P95_RATIO_FLOOR,
        )
    )
    for name, (label, limit) in SCALE_GOALS.items():
        goals += _scale_goals(results, name, label, limit)
    goals += _page_type_goals(results)
    large, small = results.get("worker_memory"), results.get("worker_memory_1k")
    goals.append(
        _ratio_goal(
            "worker memory at 100k vs 1k",
            f"≤ {WORKER_MEMORY_MAX_RATIO}×",
            large.get("rss_mib") if large else None,
            small.get("rss_mib") if small else None,
            maximum=WORKER_MEMORY_MAX_RATIO,
        )
    )
    varnish = results.get("varnish")
    if varnish:
        # Only a comparison of two cache hits counts: a miss would measure the app instead.
        all_hits = varnish.get("hits", {}).get("all_hits", True)
        measured = f"{varnish['ratio']:.2f}×" + ("" if all_hits else " (not all hits)")
        passed = varnish["ratio"] >= VARNISH_MIN_RATIO and all_hits
    else:
        measured, passed = "needs make stack (bench.run --stack-port N)", None
    goals.append(
        Goal(
            "cached page through Varnish vs a static file of the same size",
            f"≥ {VARNISH_MIN_RATIO:g}×",
            measured,
            passed,
        )
    )
    p95 = _p95(results, "booking_availability")
    goals.append(
        Goal(
            "booking availability p95 (4 weeks, 5,000 bookings)",
            f"≤ {BOOKING_AVAILABILITY_MAX_P95_MS:g} ms",
            "not measured" if p95 is None else f"{p95:g} ms",
            None if p95 is None else p95 <= BOOKING_AVAILABILITY_MAX_P95_MS,
        )
    )
    herd = results.get("herd")
    if herd:
        goals.append(
            Goal("herd errors", "0", str(herd["errors"]), herd["errors"] == 0),
        )
        cpu = herd.get("cpu_percent_of_2_cores_steady")
        goals.append(
            Goal(
                "herd server CPU, steady state",
                f"≤ {HERD_MAX_CPU_PERCENT_OF_2_CORES:g} % of 2 cores",
                "not measured" if cpu is None else f"{cpu:.1f} %",
                None if cpu is None else cpu <= HERD_MAX_CPU_PERCENT_OF_2_CORES,
            )
        )
        limit = herd["poll_seconds"] + HERD_SLACK_SECONDS
        seconds = herd.get("seconds_until_all_updated")
        goals.append(
            Goal(
                "herd: every screen updated after publish",
                f"≤ {limit:g} s",
                f"{seconds:.1f} s"
                if seconds is not None
                else f"{herd.get('screens_updated', 0)} of {herd['screens']} updated",
                seconds is not None and seconds <= limit,
            )
        )
    else:
        for name in (
            "herd errors",
            "herd server CPU, steady state",
            "herd: every screen updated after publish",
        ):
            goals.append(Goal(name, "", "not measured", None))
    return goals
