"""Two-factor sign-in (TOTP) for staff: setting up, signing in, recovery codes (#12, 4).

Codes are computed in the test from the device's own secret, as the phone's app would.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from associations.access import MODERATORS_GROUP_NAME
from tests.associations.world import PASSWORD, make_user

SETUP_URL = "/admin/two-factor/setup/"
VERIFY_URL = "/admin/two-factor/verify/"


def code_for(device: TOTPDevice, shift: int = 0) -> str:
    """The six digits the app shows now (``shift`` steps later: a code not used yet).

    A code is accepted once (a replay is refused), and the set-up used the current one.
    """
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=shift)
    return f"{value:0{device.digits}d}"


def sign_in_with_password(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def enrol(client, user) -> tuple[TOTPDevice, list[str]]:
    """Set up an app through the admin pages, as the user would; return device and codes."""
    client.force_login(user)
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP_URL, {"code": code_for(device)})
    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    client.logout()
    device.refresh_from_db()
    return device, codes


@pytest.fixture
def no_wrong_code_delay(settings):
    """django-otp delays the next try after a wrong code (tested on its own below)."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def test_setting_up_shows_a_qr_code_and_confirms_with_the_apps_code(
    client, world, no_wrong_code_delay
):
    client.force_login(world.member_a)
    page = client.get(SETUP_URL)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Opsæt to-trinsbekræftelse" in html
    assert 'src="data:image/svg+xml' in html
    assert 'alt="QR-kode til din godkendelsesapp"' in html
    device = TOTPDevice.objects.get(user=world.member_a, confirmed=False)
    assert "issuer=Vallensb%C3%A6k%20Kommune" in device.config_url

    wrong = client.post(
        SETUP_URL, {"code": "000000" if code_for(device) != "000000" else "111111"}
    )
    assert "Koden er ikke rigtig" in wrong.content.decode()
    assert not two_factor.has_authenticator(world.member_a)

    done = client.post(SETUP_URL, {"code": code_for(device)})
    html = done.content.decode()
    assert "Dine gendannelseskoder" in html
    assert len(re.findall(r"<li><code>[a-z2-7]{8}</code></li>", html)) == 10
    assert "no-store" in done["Cache-Control"]
    assert two_factor.has_authenticator(world.member_a)


def test_signing_in_asks_for_the_code_after_the_password(client, world, no_wrong_code_delay):
    device, _codes = enrol(client, world.moderator)

    sign_in_with_password(client, world.moderator)
    held = client.get("/admin/pages/")
    assert held.status_code == 302
    assert held["Location"].startswith(VERIFY_URL)
    # Nothing else opens with the password alone: Django's admin, the site, an API-less form.
    assert client.get("/django-admin/")["Location"].startswith(VERIFY_URL)
    assert client.get("/")["Location"].startswith(VERIFY_URL)

    page = client.get(held["Location"])
    assert "Skriv din kode" in page.content.decode()
    wrong = client.post(held["Location"], {"code": "12345a"})
    assert "Koden er ikke rigtig" in wrong.content.decode()

    response = client.post(held["Location"], {"code": code_for(device, shift=1)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_code_works_only_once(client, world):
    device, _codes = enrol(client, world.moderator)
    code = code_for(device, shift=1)  # a code not used during the set-up

    sign_in_with_password(client, world.moderator)
    assert client.post(VERIFY_URL, {"code": code}).status_code == 302

    client.logout()
    sign_in_with_password(client, world.moderator)
    replay = client.post(VERIFY_URL, {"code": code})
    assert replay.status_code == 200
    assert client.get("/admin/")["Location"].startswith(VERIFY_URL)


def test_a_recovery_code_signs_in_once(client, world):
    _device, codes = enrol(client, world.moderator)

    sign_in_with_password(client, world.moderator)
    response = client.post(VERIFY_URL, {"code": codes[0].upper()}, follow=True)
    assert response.status_code == 200
    assert "Du loggede ind med en gendannelseskode. Du har 9 koder tilbage" in (
        response.content.decode()
    )

    client.logout()
    sign_in_with_password(client, world.moderator)
    assert client.post(VERIFY_URL, {"code": codes[0]}).status_code == 200
    assert client.get("/admin/")["Location"].startswith(VERIFY_URL)


def test_an_open_redirect_after_the_code_is_refused(client, world):
    device, _codes = enrol(client, world.moderator)
    sign_in_with_password(client, world.moderator)
    response = client.post(
        VERIFY_URL + "?next=https://evil.example/", {"code": code_for(device, shift=1)}
    )
    assert response["Location"] == "/admin/"


def test_wrong_codes_slow_down_further_tries(client, world):
    device, _codes = enrol(client, world.moderator)
    sign_in_with_password(client, world.moderator)
    client.post(VERIFY_URL, {"code": "000000" if code_for(device, 1) != "000000" else "111111"})

    response = client.post(VERIFY_URL, {"code": code_for(device, shift=1)})

    assert "For mange forkerte koder. Vent til kl." in response.content.decode()
    assert client.get("/admin/")["Location"].startswith(VERIFY_URL)


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def test_kommunikation_must_set_up_an_app_when_required(client, world, required):
    assert world.moderator.groups.filter(name=MODERATORS_GROUP_NAME).exists()
    sign_in_with_password(client, world.moderator)

    held = client.get("/admin/")
    assert held["Location"].startswith(SETUP_URL)
    page = client.get(held["Location"])
    assert "Din konto skal bruge to-trinsbekræftelse. Opsæt den nu." in page.content.decode()

    device = TOTPDevice.objects.get(user=world.moderator, confirmed=False)
    client.post(held["Location"], {"code": code_for(device)})
    assert client.get("/admin/").status_code == 200


def test_superusers_must_set_up_an_app_when_required(client, django_user_model, required):
    make_user("superbruger", is_superuser=True, is_staff=True)
    client.post("/admin/login/", {"username": "superbruger", "password": PASSWORD})
    assert client.get("/admin/")["Location"].startswith(SETUP_URL)


def test_other_staff_are_offered_it_but_not_forced(client, world, required):
    sign_in_with_password(client, world.member_a)
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "To-trinsbekræftelse" in account
    assert "Administrér to-trinsbekræftelse" in account


def test_nobody_is_forced_when_the_setting_is_off(client, world):
    sign_in_with_password(client, world.moderator)
    assert client.get("/admin/").status_code == 200


def test_the_requirement_is_a_permission_the_kommunikation_group_has(world):
    group = Group.objects.get(name=MODERATORS_GROUP_NAME)
    assert group.permissions.filter(codename="require_two_factor").exists()


def test_only_those_not_required_can_turn_it_off(client, world, settings):
    enrol(client, world.member_a)
    enrol(client, world.moderator)
    settings.TWO_FACTOR_REQUIRED = True

    for user, still_on in ((world.member_a, False), (world.moderator, True)):
        client.force_login(user)
        session = client.session
        device = TOTPDevice.objects.get(user=user)
        session["otp_device_id"] = device.persistent_id  # verified, as after the code step
        session.save()
        client.post("/admin/two-factor/disable/")
        assert two_factor.has_authenticator(user) is still_on
