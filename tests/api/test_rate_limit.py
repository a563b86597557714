"""The API's per-address rate limit: 429 problem+json with Retry-After, screens kept apart."""

import pytest
from django.test import override_settings

from screens.factories import ScreenFactory

# Each test counts within one window, however slow the machine (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rate_clock")]

TOPICS = "/api/v3/topics/"


def get(client, path, address="192.0.2.10", **headers):
    return client.get(path, REMOTE_ADDR=address, **headers)


@override_settings(API_RATE_LIMIT="3/m")
def test_fourth_request_in_a_minute_gets_429_with_retry_after(client):
    assert [get(client, TOPICS).status_code for _ in range(3)] == [200, 200, 200]

    response = get(client, TOPICS)

    assert response.status_code == 429
    assert response["Content-Type"] == "application/problem+json"
    retry_after = int(response["Retry-After"])
    assert 0 < retry_after <= 60
    body = response.json()
    assert body["status"] == 429
    assert f"Vent {retry_after} sekunder" in body["detail"]  # Danish by default


@override_settings(API_RATE_LIMIT="1/m")
def test_the_message_is_in_english_when_the_client_asks_for_it(client):
    get(client, TOPICS)
    response = get(client, TOPICS, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Please wait" in response.json()["detail"]


@override_settings(API_RATE_LIMIT="2/m")
def test_another_client_address_is_not_affected(client):
    for _ in range(3):
        get(client, TOPICS, address="192.0.2.10")
    assert get(client, TOPICS, address="192.0.2.10").status_code == 429
    assert get(client, TOPICS, address="198.51.100.7").status_code == 200


@override_settings(API_RATE_LIMIT="2/m", API_RATE_KEY="header:x-real-ip")
def test_behind_a_proxy_the_configured_header_tells_clients_apart(client):
    # Every request comes from the proxy's address; X-Real-IP is the client.
    for _ in range(2):
        get(client, TOPICS, address="10.0.0.1", HTTP_X_REAL_IP="192.0.2.10")
    assert get(client, TOPICS, address="10.0.0.1", HTTP_X_REAL_IP="192.0.2.10").status_code == 429
    assert get(client, TOPICS, address="10.0.0.1", HTTP_X_REAL_IP="192.0.2.11").status_code == 200


@override_settings(API_RATE_LIMIT="")
def test_an_empty_limit_turns_it_off(client):
    assert {get(client, TOPICS).status_code for _ in range(30)} == {200}


@override_settings(API_RATE_LIMIT="2/m", API_SCREENS_RATE_LIMIT="10/m")
def test_screen_feeds_have_their_own_higher_limit(client):
    """A building's screens poll from one address: the general limit never stops them."""
    ScreenFactory(key="raadhus-foyer")
    feed = "/api/v3/screens/raadhus-foyer/feed/"
    for _ in range(3):
        get(client, TOPICS)
    assert get(client, TOPICS).status_code == 429

    assert {get(client, feed).status_code for _ in range(10)} == {200}
    limited = get(client, feed)
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0


@override_settings(API_RATE_LIMIT="1/m")
def test_the_website_is_not_counted_against_the_api_limit(client):
    get(client, TOPICS)
    assert get(client, "/healthz").status_code == 200


@override_settings(PUBLIC_FORM_RATE_LIMIT="0/h")
def test_a_public_form_over_its_limit_says_when_to_try_again(client):
    """The public forms share the limiter: their 429 carries Retry-After as well."""
    from home.factories import home_for_default_site
    from submissions.models import GuideSuggestionPage

    page = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    home_for_default_site().add_child(instance=page)
    # "0/h": not one more accepted submission this hour.
    response = client.post(page.url, {"title": ""}, REMOTE_ADDR="192.0.2.10")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600


@pytest.mark.parametrize("value", ["", "off", "OFF", "0", "none"])
def test_an_off_value_in_the_environment_turns_every_api_limit_off(monkeypatch, value):
    """``API_RATE_LIMIT=`` (or ``off``) used to fall back to the default 300/m (#14.10)."""
    from cms.ratelimit import api_rule
    from cms.settings.env import env_rate

    monkeypatch.setenv("API_RATE_LIMIT", value)
    rate = env_rate("API_RATE_LIMIT", "300/m")
    assert rate == ""
    with override_settings(API_RATE_LIMIT=rate, API_SCREENS_RATE_LIMIT="1200/m"):
        assert api_rule("/api/v3/topics/") is None
        assert api_rule("/api/v3/screens/raadhus-foyer/feed/") is None


def test_an_unset_limit_is_the_default_and_a_rate_is_kept(monkeypatch):
    from cms.settings.env import env_rate

    monkeypatch.delenv("API_RATE_LIMIT", raising=False)
    assert env_rate("API_RATE_LIMIT", "300/m") == "300/m"
    monkeypatch.setenv("API_RATE_LIMIT", " 20/s ")
    assert env_rate("API_RATE_LIMIT", "300/m") == "20/s"


def test_a_misspelt_limit_stops_start_up(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from cms.settings.env import env_rate

    monkeypatch.setenv("API_RATE_LIMIT", "300 per minute")
    with pytest.raises(ImproperlyConfigured):
        env_rate("API_RATE_LIMIT", "300/m")


def test_the_settings_read_off_from_the_environment():
    """The real settings module, in a fresh process: ``API_RATE_LIMIT=off`` means no limit."""
    import os
    import subprocess
    import sys

    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(repr(settings.API_RATE_LIMIT), repr(settings.API_SCREENS_RATE_LIMIT))"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    for value, expected in (("off", "'' '1200/m'"), ("", "'' '1200/m'"), ("9/m", "'9/m'")):
        environment["API_RATE_LIMIT"] = value
        result = subprocess.run(
            [sys.executable, "-c", code], env=environment, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(expected)
