"""The real stack (``deploy/stack/stack.sh``): Varnish with xkey, two gunicorn nodes with the
production settings, PostgreSQL, Redis, S3 (moto), the worker and the scheduler.

Marked ``stack`` and skipped unless ``RUN_STACK_TESTS=1`` (``make test-stack`` sets it and
selects ``-m stack``): starting the stack takes minutes (migrate, the demo seed once per run
dir). The stack runs on ``STACK_PORT`` (default 8180, and +1..+5), its own database
(``STACK_DATABASE_URL``) and Redis db (``STACK_REDIS_URL``); it is stopped after the session
unless ``STACK_KEEP=1``.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.faults.services import ROOT

STACK = ROOT / "deploy" / "stack" / "stack.sh"


def run_dir():
    """Where ``stack.sh`` keeps its PIDs, logs and Varnish's working directory."""
    return Path(os.environ.get("STACK_RUN_DIR") or ROOT / ".stack")


def stack_port() -> int:
    return int(os.environ.get("STACK_PORT", "8180"))


def varnishadm(*command: str) -> str:
    """A ``varnishadm`` command against the stack's Varnish (its admin port and secret)."""
    directory = run_dir()
    result = subprocess.run(
        [
            "varnishadm",
            "-T",
            f"127.0.0.1:{stack_port() + 5}",
            "-S",
            str(directory / "varnish-secret"),
            *command,
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout


def pytest_collection_modifyitems(config, items):
    if os.environ.get("RUN_STACK_TESTS") == "1":
        return
    for item in items:
        if "tests/stack/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.skip(reason="stack tests run with RUN_STACK_TESTS=1"))


def stack_env() -> dict[str, str]:
    """The app nodes' environment (``stack.sh env``), for commands run against the stack."""
    out = subprocess.run([str(STACK), "env"], check=True, capture_output=True, text=True).stdout
    env = dict(os.environ)
    for line in out.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = value
    return env


def run_in_stack(code: str) -> dict:
    """Run ``code`` in a Django shell on the stack's database; it prints one JSON line."""
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=stack_env(),
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def stack():
    """The base URL of Varnish in front of the running stack."""
    port = stack_port()
    subprocess.run([str(STACK), "up"], check=True, timeout=1500)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        if os.environ.get("STACK_KEEP") != "1":
            subprocess.run([str(STACK), "down"], check=False, timeout=120)
