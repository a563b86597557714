"""bench/varnish.py's pure parts: the per-round ratio, the cache-hit check over Varnish's
counters, the static file's size, and what the goal makes of them. The measurement itself
needs ``make stack`` (``python -m bench.varnish --stack-port N``)."""

import socket

import pytest

from bench import goals, report, varnish
from bench.run import parse_args, run_varnish


def _counters(**values):
    return {name: values.get(name.removeprefix("MAIN."), 0) for name in varnish.COUNTERS}


def test_ratio_is_the_median_of_the_rounds_page_over_static():
    page = [{"rps": 900.0}, {"rps": 400.0}, {"rps": 1000.0}]
    static = [{"rps": 1000.0}, {"rps": 1000.0}, {"rps": 1000.0}]
    # Round by round: 0.9, 0.4 (a disturbed round), 1.0; the median ignores the outlier.
    assert varnish.paired_ratio(page, static) == 0.9


def test_ratio_needs_one_run_of_each_per_round():
    with pytest.raises(ValueError):
        varnish.paired_ratio([{"rps": 1.0}], [])


def test_all_hits_when_every_client_request_was_a_hit():
    before = _counters(client_req=100, cache_hit=90, cache_miss=10)
    after = _counters(client_req=10_100, cache_hit=10_090, cache_miss=10)
    check = varnish.hit_check(before, after, measured_requests=9_000)
    assert check["all_hits"] is True
    assert (check["cache_hit"], check["client_req"], check["not_hits"]) == (10_000, 10_000, 0)


@pytest.mark.parametrize(
    "counter", ["cache_miss", "cache_hitpass", "cache_hitmiss", "s_pass", "s_pipe"]
)
def test_misses_or_passes_during_the_run_fail_the_hit_check(counter):
    before = _counters()
    after = _counters(client_req=10_000, cache_hit=9_900, **{counter: 100})
    check = varnish.hit_check(before, after, measured_requests=10_000)
    assert check["all_hits"] is False
    assert check["not_hits"] == 100
    assert check["hit_share"] == 0.99


def test_hit_check_fails_when_varnish_saw_fewer_requests_than_wrk_sent():
    # Counters of another Varnish than the one loaded (wrong run dir): not evidence of hits.
    after = _counters(client_req=50, cache_hit=50)
    assert varnish.hit_check(_counters(), after, measured_requests=10_000)["all_hits"] is False


def test_static_file_holds_exactly_the_page_body(tmp_path):
    body = "<!doctype html><p>Vallensbæk nyheder</p>".encode() * 1000
    path = varnish.static_file_for(body, tmp_path)
    assert path.parent == tmp_path and path.suffix == ".html"
    assert path.read_bytes() == body
    assert path.stat().st_size == len(body)


def _result(ratio, all_hits=True):
    run = {"rps": 1000.0, "p50_ms": 1.0, "p95_ms": 2.0, "rounds": 3}
    hits = {"cache_hit": 10, "client_req": 10, "hit_share": 1.0, "all_hits": all_hits}
    return {"page": run, "static": run, "page_path": "/nyheder/x/", "body_bytes": 30000,
            "ratio": ratio, "hits": hits}  # fmt: skip


def _goal(results):
    return next(g for g in goals.evaluate(results) if g.name.startswith("cached page"))


@pytest.mark.parametrize(
    ("ratio", "all_hits", "verdict", "measured"),
    [
        (0.8, True, "PASS", "0.80×"),
        (0.79, True, "MISS", "0.79×"),
        (0.95, False, "MISS", "0.95× (not all hits)"),
    ],
)
def test_goal_judges_the_ratio_and_requires_hits(ratio, all_hits, verdict, measured):
    goal = _goal({"scenarios": {}, "varnish": _result(ratio, all_hits)})
    assert (goal.verdict, goal.measured) == (verdict, measured)


def test_report_shows_both_deliveries_and_the_hit_count():
    text = report.markdown({"meta": {}, "scenarios": {}, "varnish": _result(0.91)})
    assert "`/nyheder/x/` from the cache 1000.0 req/s" in text
    assert "30000 bytes" in text and "0.91×" in text and "10 of 10 requests were hits" in text
    assert "by varnishd's CPU" not in text  # not measured in this result
    text = report.markdown(
        {"meta": {}, "scenarios": {}, "varnish": {**_result(0.91), "cpu_ratio": 0.97}}
    )
    assert "0.91× (median of 3 rounds; 0.97× by varnishd's CPU per request)" in text


def test_without_a_stack_the_goal_stays_not_measured():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        free_port = sock.getsockname()[1]  # bound, not listening: nothing answers
        assert varnish.stack_answers(free_port, timeout=0.5) is False
        assert run_varnish(parse_args(["--stack-port", str(free_port)])) is None
    assert _goal({"scenarios": {}, "varnish": None}).verdict == "n/a"


def test_cpu_ratio_is_static_cost_over_page_cost_and_skips_rounds_without_cpu():
    page = [
        {"cpu_ms_per_request": 0.02},
        {"cpu_ms_per_request": None},
        {"cpu_ms_per_request": 0.04},
    ]
    static = [
        {"cpu_ms_per_request": 0.018},
        {"cpu_ms_per_request": 0.02},
        {"cpu_ms_per_request": 0.036},
    ]
    # Rounds 1 and 3: the page costs Varnish 1/0.9 of the static file each time.
    assert varnish.cpu_ratio(page, static) == 0.9
    assert varnish.cpu_ratio([{"cpu_ms_per_request": None}], [{"cpu_ms_per_request": 1}]) is None
