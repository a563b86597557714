"""Private PostgreSQL, Redis and app-server processes that the fault tests may stop and start.

The shared services on 5432 and 6379 are never touched: each instance here gets a free port and
a temporary directory, and is removed when the test session ends. PostgreSQL refuses to run
as root, so as root (CI) its commands run as the ``postgres`` user through ``runuser``.
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise TimeoutError(f"{what} not ready after {timeout} s")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def postgres_bindir() -> str | None:
    """The newest PostgreSQL server binaries (initdb, pg_ctl) on this machine, if any."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return str(Path(found[-1]).parent) if found else None


class PrivatePostgres:
    """A throw-away PostgreSQL cluster on a free port, trusting local connections."""

    def __init__(self):
        self.bindir = postgres_bindir()
        self.port = free_port()
        # Under /tmp whatever TMPDIR says: the postgres user must be able to reach it.
        self.dir = tempfile.mkdtemp(prefix="vcms-faults-pg-", dir="/tmp")
        self.data = os.path.join(self.dir, "data")
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def _run(self, tool, *args, check=True):
        cmd = [os.path.join(self.bindir, tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, cwd=self.dir)

    @property
    def url_base(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def url(self, db: str = "vcms") -> str:
        return f"{self.url_base}/{db}"

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        log = os.path.join(self.dir, "server.log")
        self._run("pg_ctl", "-D", self.data, "-o", options, "-l", log, "-w", "-t", "30", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def createdb(self, name: str = "vcms") -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivateRedis:
    """A redis-server on a free port with persistence off."""

    def __init__(self):
        self.port = free_port()
        self.proc = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: port_open(self.port), 10, "redis-server")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None


def app_env(**extra) -> dict:
    """Environment for the app processes: development settings with debug off."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DEBUG="0",
        SECRET_KEY="faults-test-only",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def manage(env: dict, *args: str, input: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


class AppServer:
    """The project under gunicorn (two sync workers), as in production."""

    def __init__(self, env: dict, workers: int = 2):
        self.env = env
        self.port = free_port()
        self.workers = workers
        self.proc = None
        # Lives as long as the server; removed when garbage-collected.
        self.log = tempfile.NamedTemporaryFile(prefix="vcms-faults-app-", suffix=".log")  # noqa: SIM115

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.proc = subprocess.Popen(
            [
                gunicorn,
                "cms.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "30",
                "--graceful-timeout",
                "2",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: self.get("/healthz")[0] == 200, 30, "gunicorn")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # quick shutdown
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-5000:]

    def get(self, path: str, headers: dict | None = None, timeout: float = 10):
        """``(status, headers, body)``; status 0 when nothing answered."""
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return 0, {}, b""
