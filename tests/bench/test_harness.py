"""The benchmark harness pieces that need no load: bench endpoints, results, goals."""

import importlib
import io
import json

import pytest
from django.urls import clear_url_caches

from bench import goals, herd, report
from bench.baseline import baseline_body
from bench.wsgi import STATIC_PATH, StaticBaseline


@pytest.mark.django_db
def test_baseline_is_not_served_by_the_project_urls(client):
    assert client.get("/__bench__/baseline.json").status_code == 404
    assert client.get("/__bench__/raw-search/?q=tag").status_code == 404


@pytest.fixture
def bench_urls(settings):
    """Switch to the bench urlconf, re-reading the setting that mounts the endpoints."""
    import bench.urls

    def use(enabled: bool):
        settings.BENCH_BASELINE_ENABLED = enabled
        settings.BENCH_BASELINE_BYTES = 5000
        settings.ROOT_URLCONF = "bench.urls"
        importlib.reload(bench.urls)
        clear_url_caches()

    yield use
    clear_url_caches()


@pytest.mark.django_db
def test_bench_urlconf_mounts_nothing_unless_the_setting_is_on(client, bench_urls):
    bench_urls(False)
    assert client.get("/__bench__/baseline.json").status_code == 404


@pytest.mark.django_db
def test_baseline_view_returns_constant_json_of_the_configured_size(client, bench_urls):
    from bench import views

    views._body.cache_clear()
    bench_urls(True)
    response = client.get("/__bench__/baseline.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert len(response.content) == 5000
    assert json.loads(response.content)["baseline"] is True
    views._body.cache_clear()


@pytest.mark.parametrize("size", [0, 40, 1000, 87722])
def test_baseline_body_is_valid_json_of_exactly_the_size(size):
    body = baseline_body(size)
    assert json.loads(body)["baseline"] is True
    assert len(body) == max(size, len(baseline_body(0)))


def test_static_baseline_serves_the_file_and_passes_other_paths_on(tmp_path):
    static = tmp_path / "baseline.json"
    static.write_bytes(baseline_body(300))
    calls = []

    def django_app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"django"]

    app = StaticBaseline(django_app, str(static))
    statuses = []

    def start(status, headers):
        statuses.append((status, dict(headers)))

    body = b"".join(app({"PATH_INFO": STATIC_PATH}, start))
    assert body == static.read_bytes()
    assert statuses[0] == ("200 OK", {"Content-Type": "application/json", "Content-Length": "300"})
    assert b"".join(app({"PATH_INFO": "/api/v3/", "wsgi.input": io.BytesIO()}, start)) == b"django"
    assert calls == ["/api/v3/"]


def _results(**overrides):
    scenarios = {
        "B1": {"rps": 1000.0, "p95_ms": 10.0},
        "feed_hit": {"rps": 700.0, "p95_ms": 12.0},
        "feed_304": {"rps": 790.0, "p95_ms": 11.0},
        "listing_100k": {"rps": 100.0, "p95_ms": 40.0},
        "listing_1k": {"rps": 120.0, "p95_ms": 20.0},
        "search_api": {"rps": 50.0, "p95_ms": 31.0},
        "search_raw_sql": {"rps": 400.0, "p95_ms": 10.0},
        "booking_availability": {"rps": 300.0, "p95_ms": 50.0},
    }
    results = {
        "meta": {"date": "2026-11-27", "machine": "test", "command": "make bench"},
        "scenarios": scenarios,
        "cold_feed_queries": {
            "bench-small": {"slides": 8, "queries": 15},
            "bench-large": {"slides": 60, "queries": 15},
        },
        "herd": {
            "screens": 500,
            "polls": 3000,
            "errors": 0,
            "poll_seconds": 10.0,
            "cpu_percent_of_2_cores_steady": 12.0,
            "seconds_until_all_updated": 10.8,
            "screens_updated": 500,
        },
    }
    results.update(overrides)
    return results


def _verdicts(results):
    return {goal.name: goal.verdict for goal in goals.evaluate(results)}


def test_goals_pass_and_miss_at_the_issue_thresholds():
    verdicts = _verdicts(_results())
    assert verdicts == {
        "feed cache hit req/s vs B1": "PASS",  # 0.70 ≥ 0.6
        "feed 304 req/s vs B1": "MISS",  # 0.79 < 0.8
        "cold feed queries vs slide count": "PASS",
        "listing p95 at 100k vs 1k": "PASS",  # exactly 2×
        "search API p95 vs raw SQL p95": "MISS",  # 3.1× > 3×
        "herd errors": "PASS",
        "herd server CPU, steady state": "PASS",
        "herd: every screen updated after publish": "PASS",  # 10.8 ≤ 11
        "booking availability p95 (4 weeks, 5,000 bookings)": "PASS",  # exactly 50 ms
        # Issue #20's goals, not in these results (the feed's B2 rounds, the scale twins).
        "feed cache hit req/s vs B2 (CommonMiddleware only)": "n/a",
        "feed 304 req/s vs B2 (CommonMiddleware only)": "n/a",
        "feed cache hit vs B2, by server CPU per request": "n/a",
        "feed 304 vs B2, by server CPU per request": "n/a",
        "search API p95 vs the real floor (issue #20)": "MISS",  # 3.1× > 1.5×
        **{f"{label}: p95 at 100k vs 1k": "n/a" for label, _ in goals.SCALE_GOALS.values()},
        "worker memory at 100k vs 1k": "n/a",
        "cached page through Varnish vs a static file of the same size": "n/a",
    }


def test_issue_20_goals_compare_b2_and_each_scale_twin():
    results = _results()
    results["scenarios"]["feed_hit"].update(ratio_b2=0.81, cpu_ratio_b2=0.79)
    results["scenarios"]["feed_304"].update(ratio_b2=0.79, cpu_ratio_b2=0.9)
    results["scenarios"]["activity_index_render"] = {"p95_ms": 151.0}
    results["scenarios"]["activity_index_render_1k"] = {"p95_ms": 100.0}
    results["scenarios"]["admin_editor"] = {"p95_ms": 200.0}
    results["scenarios"]["admin_editor_1k"] = {"p95_ms": 100.0}
    results["worker_memory"], results["worker_memory_1k"] = {"rss_mib": 120}, {"rss_mib": 100}

    verdicts = _verdicts(results)

    assert verdicts["feed cache hit req/s vs B2 (CommonMiddleware only)"] == "PASS"
    assert verdicts["feed 304 req/s vs B2 (CommonMiddleware only)"] == "MISS"
    assert verdicts["feed cache hit vs B2, by server CPU per request"] == "MISS"
    assert verdicts["feed 304 vs B2, by server CPU per request"] == "PASS"
    # 1.51× > 1.5× for an uncached page; exactly 2× is still fine for the admin.
    assert verdicts["activity listing page, rendered (uncached): p95 at 100k vs 1k"] == "MISS"
    assert verdicts["admin page editor (a news article): p95 at 100k vs 1k"] == "PASS"
    assert verdicts["worker memory at 100k vs 1k"] == "PASS"  # exactly 1.2×
    varnish = next(g for g in goals.evaluate(results) if g.name.startswith("cached page"))
    assert varnish.measured == "needs make stack (bench.run --stack-port N)"


def test_booking_availability_misses_past_50_ms():
    results = _results()
    results["scenarios"]["booking_availability"]["p95_ms"] = 50.1
    goal = next(g for g in goals.evaluate(results) if g.name.startswith("booking availability"))
    assert (goal.verdict, goal.measured) == ("MISS", "50.1 ms")


def test_cold_feed_queries_must_not_grow_with_slides():
    results = _results(
        cold_feed_queries={
            "bench-small": {"slides": 8, "queries": 15},
            "bench-large": {"slides": 60, "queries": 70},
        }
    )
    assert _verdicts(results)["cold feed queries vs slide count"] == "MISS"


def test_herd_misses_when_a_screen_never_got_the_new_content():
    results = _results()
    results["herd"] = {
        **results["herd"],
        "seconds_until_all_updated": None,
        "screens_updated": 499,
    }
    goal = next(g for g in goals.evaluate(results) if g.name.startswith("herd: every"))
    assert (goal.verdict, goal.measured) == ("MISS", "499 of 500 updated")


def test_missing_scenarios_are_reported_as_not_measured():
    verdicts = _verdicts({"meta": {"date": "2026-11-27"}, "scenarios": {}})
    assert set(verdicts.values()) == {"n/a"}


def test_results_are_written_as_json_and_markdown(tmp_path):
    json_path, md_path = report.write(_results(), tmp_path)
    assert json_path.name == "2026-11-27.json"
    stored = json.loads(json_path.read_text())
    assert stored["scenarios"]["feed_hit"]["rps"] == 700.0
    assert {"name": "feed 304 req/s vs B1", "target": "≥ 0.8× B1", "measured": "0.79×",
            "verdict": "MISS"} in stored["goals"]  # fmt: skip
    table = md_path.read_text()
    assert "| screen feed, cache hit | 700.0 | 0.70 |" in table
    assert "| feed cache hit req/s vs B1 | ≥ 0.6× B1 | 0.70× | PASS |" in table


def test_herd_summary_counts_updates_relative_to_the_publish():
    log = herd.HerdLog(
        polls=[(100.0, 0.010, 200), (101.0, 0.020, 304), (106.0, 0.050, 200), (107.0, 0.0, 0)],
        errors=["ConnectError: refused"],
        updated_at={0: 106.0, 1: 109.5},
    )
    summary = herd.summarise(log, screens=2, published_at=105.0, poll=10.0)
    assert summary["errors"] == 1
    assert summary["p95_before_ms"] == 20.0
    assert summary["seconds_until_all_updated"] == 4.5
    assert (
        herd.summarise(log, screens=3, published_at=105.0, poll=10.0)["seconds_until_all_updated"]
        is None
    )


def test_the_booking_miss_asks_for_distinct_periods_inside_the_bookings():
    """``bench.booking``'s miss is only a miss when no period repeats, and only the issue's
    workload when each 28-day period lies inside the bench bookings (26 weeks either side)."""
    import datetime as dt

    from bench.booking import DAYS, first_days

    today = dt.date(2026, 12, 2)
    days = [dt.date.fromisoformat(day) for day in first_days(today)]
    assert len(days) == len(set(days)) == 336
    assert min(days) >= today - dt.timedelta(weeks=26)
    assert max(days) + dt.timedelta(days=DAYS) <= today + dt.timedelta(weeks=26)


def test_the_booking_report_says_met_or_missed_per_measure():
    from bench.booking import markdown

    def run(p95):
        return {"requests": 10, "rps": 5.0, "p50_ms": 1, "p95_ms": p95, "p99_ms": 1, "errors": 0}

    result = {
        "date": "2026-12-02 00:00 UTC",
        "command": "python -m bench.booking",
        "server": "gunicorn",
        "cache": "redis",
        "database": "db",
        "facts": {"pages": 1, "booking_slots": 5000},
        "load_average": [1.0],
        "scenarios": {
            "B1 (before miss)": run(5),
            "miss": run(80),
            "B1 (before hit)": run(5),
            "hit": run(20),
        },
    }
    assert "Miss: MISSED; hit: MET." in markdown(result)


def test_a_scale_goal_is_judged_with_a_single_client_too_when_measured():
    results = _results()
    results["scenarios"]["home_render"] = {"p95_ms": 140.0}
    results["scenarios"]["home_render_1k"] = {"p95_ms": 100.0}
    results["scenarios"]["home_render_1c"] = {"p95_ms": 160.0}
    results["scenarios"]["home_render_1c_1k"] = {"p95_ms": 100.0}

    verdicts = _verdicts(results)

    assert verdicts["home page, rendered (uncached): p95 at 100k vs 1k"] == "PASS"
    assert verdicts["home page, rendered (uncached), single client: p95 at 100k vs 1k"] == "MISS"
    # Not measured with one client: no such goal rather than a made-up verdict.
    assert not [name for name in verdicts if "news article" in name and "single" in name]


def test_a_scenario_that_answered_nothing_is_not_measured_rather_than_a_pass():
    results = _results()
    # wrk reports p95 0 when no request finished within the round.
    results["scenarios"]["admin_explorer"] = {"requests": 0, "p95_ms": 0.0}
    results["scenarios"]["admin_explorer_1k"] = {"requests": 30, "p95_ms": 900.0}

    verdicts = _verdicts(results)

    assert verdicts["admin page explorer (news, as an editor): p95 at 100k vs 1k"] == "n/a"


def test_a_pair_is_measured_again_when_a_round_got_too_few_answers():
    from bench.run import MIN_ANSWERS_PER_CONNECTION, rounds_too_short

    enough = MIN_ANSWERS_PER_CONNECTION * 8
    fast = [{"requests": 5000}] * 3
    slow = [{"requests": 0}, {"requests": enough}, {"requests": enough + 3}]

    assert rounds_too_short({"B1": (fast, 8), "admin_explorer": (slow, 8)}) == (
        f"admin_explorer: [0, {enough}, {enough + 3}]"
    )
    # One connection needs only its own few answers per round.
    assert rounds_too_short({"admin_explorer_1c": ([{"requests": 2}] * 3, 1)}) == ""
    assert rounds_too_short({"admin_explorer": ([{"requests": enough}] * 3, 8)}) == ""


def test_every_page_type_measured_on_its_own_gets_a_goal_and_a_row():
    results = _results()
    guide = {"label": "vejledning", "requests": 40}
    results["scenarios"].update(
        {
            "type_guides_guidepage": {**guide, "p95_ms": 151.0},
            "type_guides_guidepage_1k": {**guide, "p95_ms": 100.0},
            "type_guides_guidepage_1c": {**guide, "p95_ms": 140.0},
            "type_guides_guidepage_1c_1k": {**guide, "p95_ms": 100.0},
        }
    )

    verdicts = _verdicts(results)

    assert verdicts["vejledning, rendered (uncached): p95 at 100k vs 1k"] == "MISS"  # 1.51×
    assert verdicts["vejledning, rendered (uncached), single client: p95 at 100k vs 1k"] == "PASS"
    table = report.markdown(results)
    assert "| vejledning, rendered (uncached), single client — at 1k |" in table
