"""Brute force on the sign-in pages is throttled per account and address (#12, item 4)."""

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.associations.world import PASSWORD

ADMIN_LOGIN = "/admin/login/"
DJANGO_ADMIN_LOGIN = "/django-admin/login/"


def sign_in(client, username, password, url=ADMIN_LOGIN, address="198.51.100.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def pass_cool_off(settings) -> None:
    """Let the cool-off pass: every recorded failure moves that far into the past."""
    AccessAttempt.objects.update(
        attempt_time=dt.datetime.now(dt.UTC)
        - dt.timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES, seconds=1)
    )


@pytest.mark.parametrize("url", [ADMIN_LOGIN, DJANGO_ADMIN_LOGIN])
def test_forty_wrong_passwords_then_the_right_one_is_refused(client, axes_on, world, url):
    user = world.moderator
    user.is_staff = user.is_superuser = True  # /django-admin/ is for superusers
    user.save()
    for number in range(40):
        sign_in(client, user.username, f"gaet-{number}", url=url)

    response = sign_in(client, user.username, PASSWORD, url=url)

    assert response.status_code == 429
    html = response.content.decode()
    assert "For mange mislykkede loginforsøg" in html
    assert "Prøv igen derefter" in html
    assert "spærret indtil kl." in html
    assert int(response["Retry-After"]) > 60
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302  # still sent to the sign-in page


@pytest.mark.parametrize("url", [ADMIN_LOGIN, DJANGO_ADMIN_LOGIN])
def test_the_right_password_works_again_after_the_cool_off(client, axes_on, world, url):
    user = world.moderator
    user.is_staff = user.is_superuser = True
    user.save()
    for number in range(6):
        sign_in(client, user.username, f"gaet-{number}", url=url)
    assert sign_in(client, user.username, PASSWORD, url=url).status_code == 429

    pass_cool_off(axes_on)
    response = sign_in(client, user.username, PASSWORD, url=url)

    assert response.status_code == 302
    assert signed_in(client)


def test_the_lockout_page_says_when_to_try_again(client, axes_on, world):
    for number in range(5):
        sign_in(client, world.moderator.username, f"gaet-{number}")
    last = AccessAttempt.objects.get().attempt_time
    until = timezone.localtime(last + dt.timedelta(minutes=axes_on.LOGIN_COOLOFF_MINUTES))

    html = sign_in(client, world.moderator.username, PASSWORD).content.decode()

    # The Copenhagen time of the last failure plus the cool-off, and the minutes until then.
    assert f"spærret indtil kl. {until:%H:%M} (om 15 minutter)" in html


def test_one_colleagues_mistakes_do_not_lock_out_another_at_the_same_address(
    client, axes_on, world
):
    for number in range(10):
        sign_in(client, world.member_a.username, f"gaet-{number}")

    response = sign_in(client, world.moderator.username, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_many_accounts_tried_from_one_address_lock_the_address(client, axes_on, world):
    for number in range(axes_on.LOGIN_ADDRESS_FAILURE_LIMIT):
        sign_in(client, f"bruger{number}", "forkert")

    refused = sign_in(client, world.moderator.username, PASSWORD)
    elsewhere = sign_in(client, world.moderator.username, PASSWORD, address="203.0.113.9")

    assert refused.status_code == 429
    assert elsewhere.status_code == 302


def test_behind_a_proxy_the_configured_header_tells_clients_apart(client, axes_on, world):
    axes_on.LOGIN_RATE_KEY = "header:x-real-ip"
    for number in range(5):
        client.post(
            ADMIN_LOGIN,
            {"username": world.moderator.username, "password": f"gaet-{number}"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_REAL_IP="198.51.100.7",
        )

    other_client = client.post(
        ADMIN_LOGIN,
        {"username": world.moderator.username, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_REAL_IP="203.0.113.9",
    )

    assert other_client.status_code == 302
    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"


def test_failed_attempts_keep_no_password(client, axes_on, world):
    sign_in(client, world.moderator.username, "mit-hemmelige-gaet")
    attempt = AccessAttempt.objects.get()
    assert "mit-hemmelige-gaet" not in attempt.post_data


def test_a_successful_sign_in_is_not_logged(client, axes_on, world):
    from axes.models import AccessLog

    sign_in(client, world.moderator.username, PASSWORD)
    assert signed_in(client)
    assert not AccessLog.objects.exists()
    assert get_user_model().objects.filter(pk=world.moderator.pk).exists()


@pytest.mark.parametrize(
    "body",
    [
        "username=bruger%00navn&password=forkert",
        "username=%FF%FE%C3&password=forkert",  # not UTF-8
        "username=" + "9" * 400 + "&password=forkert",
        "username=" + "a" * 10_000 + "&password=forkert",
        "username=%27%3B+DROP+TABLE+x%3B+--&password=forkert",
    ],
)
def test_odd_usernames_get_the_sign_in_page_not_a_500(client, axes_on, world, body):
    """NUL bytes, invalid UTF-8 and huge values (PostgreSQL refuses some) are counted or
    refused, never a server error."""
    response = client.post(ADMIN_LOGIN, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not signed_in(client)
