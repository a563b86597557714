"""Production settings, checked the way a deployment starts them: in a fresh process.

Each test runs ``manage.py`` in a subprocess with a controlled environment, so nothing from
the test settings leaks in.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The environment docs/operations.md's "Deployment" section documents (values are examples).
DOCUMENTED_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k3Jv9Qx2-production-example-0f8e7d6c5b4a39281706f5e4d3c2b1a0zYxW",
    "ALLOWED_HOSTS": "www.vallensbaek.dk",
    "CSRF_TRUSTED_ORIGINS": "https://www.vallensbaek.dk",
    "DATABASE_URL": "sqlite:////tmp/vcms-check-deploy.sqlite3",
    # The rate limits count in a cache every process shares (the test machine's Redis, db 11).
    "REDIS_URL": "redis://127.0.0.1:6379/11",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # Only what a server would have: no DJANGO_*, no test settings, no DATABASE_URL of ours.
    base = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {key: value for key, value in DOCUMENTED_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set." in result.stderr


def test_an_empty_value_counts_as_missing():
    result = manage("check", env={**DOCUMENTED_ENV, "ALLOWED_HOSTS": " , "})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_check_deploy_reports_nothing_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=DOCUMENTED_ENV)
    assert result.returncode == 0, result.stderr
    # Silenced on purpose, with reasons in cms/settings/production.py: W019 (same-origin
    # framing for the admin preview) and W021 (HSTS preload stays opt-in).
    assert "System check identified no issues (2 silenced)." in result.stdout


def test_production_sends_the_security_headers(tmp_path):
    """HSTS, secure cookies, referrer policy and CSP on a real response over (proxied) HTTPS."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "r = Client().get('/healthz', secure=True, HTTP_HOST='www.vallensbaek.dk')\n"
        "print(r.status_code)\n"
        "for h in ('Strict-Transport-Security', 'Referrer-Policy', "
        "'Content-Security-Policy', 'X-Content-Type-Options', 'Cross-Origin-Opener-Policy'):\n"
        "    print(h + ': ' + r.headers.get(h, '-'))\n"
        "from django.conf import settings as s\n"
        "print('cookies', s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY)\n"
        "print('trusted', s.CSRF_TRUSTED_ORIGINS)\n"
        "r = Client().get('/healthz', HTTP_HOST='www.vallensbaek.dk')\n"
        "print('plain http probe', r.status_code)\n"
        "r = Client().get('/', HTTP_HOST='www.vallensbaek.dk')\n"
        "print('plain http page', r.status_code, r.headers.get('Location'))\n"
    )
    base = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**base, **DOCUMENTED_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("200\n")
    assert "Strict-Transport-Security: max-age=31536000; includeSubDomains" in out
    assert "Referrer-Policy: strict-origin-when-cross-origin" in out
    csp = next(line for line in out.splitlines() if line.startswith("Content-Security-Policy"))
    assert "script-src 'self';" in csp + ";"
    assert "object-src 'none'" in csp
    assert "X-Content-Type-Options: nosniff" in out
    assert "Cross-Origin-Opener-Policy: same-origin" in out
    assert "cookies True True True" in out
    assert "trusted ['https://www.vallensbaek.dk']" in out
    # Health probes answer over plain HTTP; everything else is sent to HTTPS.
    assert "plain http probe 200" in out
    assert "plain http page 301 https://www.vallensbaek.dk/" in out


def without(*names: str) -> dict[str, str]:
    return {key: value for key, value in DOCUMENTED_ENV.items() if key not in names}


def test_production_refuses_a_cache_each_worker_keeps_to_itself():
    """Issue #12: with 2 workers and no Redis the 5/h form limit let 8 posts through."""
    result = manage("check", env=without("REDIS_URL"))
    assert result.returncode != 0
    assert "every worker would count the rate limits on its own" in result.stderr
    assert "Set REDIS_URL, or set SINGLE_PROCESS=true" in result.stderr


def test_one_declared_process_may_use_local_memory():
    result = manage("check", env={**without("REDIS_URL"), "SINGLE_PROCESS": "true"})
    assert result.returncode == 0, result.stderr


def test_one_declared_process_with_several_gunicorn_workers_is_refused():
    env = {**without("REDIS_URL"), "SINGLE_PROCESS": "true", "WEB_CONCURRENCY": "2"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SINGLE_PROCESS=true but WEB_CONCURRENCY=2" in result.stderr


def test_gunicorn_with_two_workers_and_no_redis_does_not_start(tmp_path):
    """The way the attack ran: gunicorn, two workers, production settings, no REDIS_URL."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    base = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    result = subprocess.run(
        [str(gunicorn), "cms.wsgi", "--workers", "2", "--bind", "127.0.0.1:0", "--timeout", "20"],
        cwd=ROOT,
        env={**base, **without("REDIS_URL")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "every worker would count the rate limits on its own" in result.stderr
