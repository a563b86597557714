"""Only development, test and bench settings install the demo; production never does."""

import importlib
import os
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.parametrize(
    ("module", "installed"),
    [
        ("cms.settings.production", False),
        ("cms.settings.base", False),
        ("cms.settings.dev", True),
        ("cms.settings.bench", True),
    ],
)
def test_which_settings_install_the_demo_app(monkeypatch, module, installed):
    # What production refuses to start without.
    monkeypatch.setenv("SECRET_KEY", "settings-test-only")
    monkeypatch.setenv("ALLOWED_HOSTS", "cms.example.org")
    monkeypatch.setenv("SINGLE_PROCESS", "true")
    loaded = importlib.reload(importlib.import_module(module))
    assert ("demo" in loaded.INSTALLED_APPS) is installed
    # The test settings are the ones running (not reloaded: they make a media folder).
    assert "demo" in settings.INSTALLED_APPS


def manage(settings_module: str, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": "settings-test-only",
        "ALLOWED_HOSTS": "cms.example.org",
        "SINGLE_PROCESS": "true",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_has_no_seed_demo_command():
    production = manage("cms.settings.production", "help", "--commands")
    development = manage("cms.settings.dev", "help", "--commands")
    assert production.returncode == 0 and development.returncode == 0
    assert {"seed_demo", "ensure_dev_users"} <= set(development.stdout.split())
    assert not {"seed_demo", "ensure_dev_users"} & set(production.stdout.split())
