"""Django's own admin: superusers only where it is mounted, not mounted in production."""

import os
import subprocess
import sys

from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from tests.associations.world import PASSWORD, make_user
from tests.ops.test_production_settings import DOCUMENTED_ENV, ROOT


def test_staff_who_are_not_superusers_cannot_use_it(client, world):
    world.moderator.is_staff = True
    world.moderator.save()
    client.force_login(world.moderator)

    response = client.get("/django-admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/django-admin/login/")


def test_superusers_can_use_it(client, db):
    make_user("superbruger", is_superuser=True, is_staff=True)
    client.post("/django-admin/login/", {"username": "superbruger", "password": PASSWORD})
    assert client.get("/django-admin/").status_code == 200


def test_production_does_not_mount_it_and_requires_two_factor():
    script = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        "from django.urls import resolve\n"
        "for path in ('/django-admin/', '/django-admin/login/'):\n"
        "    print(path, resolve(path).view_name)\n"
        "print('two-factor required', settings.TWO_FACTOR_REQUIRED)\n"
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
    # Only Wagtail's page serving (a 404: no such page) answers there.
    assert "/django-admin/ wagtail_serve" in result.stdout
    assert "/django-admin/login/ wagtail_serve" in result.stdout
    assert "two-factor required True" in result.stdout


def test_reset_two_factor_removes_a_lost_phone(world):
    device = TOTPDevice.objects.create(user=world.moderator, name="app", confirmed=True)
    two_factor.new_recovery_codes(world.moderator)
    call_command("reset_two_factor", world.moderator.username)
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert two_factor.recovery_codes_left(world.moderator) == 0
