"""The bench's Varnish scenario (bench/varnish.py) against the real stack, briefly: it compares
two Varnish hits of the same size and leaves nothing behind in the static root. The figures
themselves belong to ``make bench BENCH_ARGS="--stack-port N"``, not to a test."""

import argparse

import pytest

from bench import varnish
from tests.stack.conftest import run_dir, stack_port

pytestmark = pytest.mark.stack


def test_varnish_scenario_measures_two_hits_of_the_same_size(stack):
    args = argparse.Namespace(connections=2, wrk_threads=1, warmup=1, duration=1, rounds=1)
    before = set((run_dir() / "static").iterdir())

    result = varnish.measure(stack_port(), args, run_dir())

    assert result["page_path"].startswith("/nyheder/")  # a Danish article of the demo
    assert result["page_headers"]["X-Cache"] == result["static_headers"]["X-Cache"] == "HIT"
    assert result["body_bytes"] == result["static_body_bytes"] > 1000
    assert result["hits"]["all_hits"], result["hits"]
    assert result["errors"] == 0
    assert result["page"]["requests"] > 0 and result["static"]["requests"] > 0
    assert set((run_dir() / "static").iterdir()) == before
