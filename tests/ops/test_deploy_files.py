"""The scheduled jobs in deploy/ call commands that exist, and every timer has its service."""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
CRON = sorted((DEPLOY / "cron").iterdir())


def manage_commands(text: str) -> list[str]:
    return re.findall(r"manage\.py (\w+)", text)


@pytest.mark.parametrize("path", UNITS + CRON, ids=lambda path: path.name)
def test_every_manage_command_in_deploy_exists(path):
    known = get_commands()
    for command in manage_commands(path.read_text()):
        assert command in known, f"{path.name}: manage.py {command} is not a command"


def test_every_timer_has_its_service():
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        assert timer.with_suffix(".service").exists(), timer.name


def test_the_retention_jobs_are_scheduled_both_ways():
    """Issue #12: the search-terms clean-up was not scheduled although its setting implied it."""
    wanted = ["searchpromotions_garbage_collect", "purge_personal_data", "clearsessions"]
    service = (DEPLOY / "systemd" / "vcms-retention.service").read_text()
    cron = (DEPLOY / "cron" / "vcms-retention").read_text()
    assert manage_commands(service) == wanted
    assert manage_commands(cron) == wanted
    assert "OnCalendar=*-*-* 03:15:00" in (DEPLOY / "systemd" / "vcms-retention.timer").read_text()
