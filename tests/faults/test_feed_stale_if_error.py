"""Stale-if-error for screen feeds, forced in-process (runs on SQLite and PostgreSQL).

test_services_down.py shows the same with a real PostgreSQL stopped under gunicorn.
"""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError

from core import cache_versions
from home.factories import home_for_default_site
from screens.factories import ManualSlideFactory, ScreenFactory

pytestmark = pytest.mark.faults

FEED = "/api/v3/screens/raadhus-foyer/feed/"


@pytest.fixture
def screen(db):
    home_for_default_site(title="Vallensbæk Kommune")
    screen = ScreenFactory(key="raadhus-foyer", name="Rådhusets foyer")
    ManualSlideFactory(title="Borgerservice lukker tidligt fredag", screens=[screen])
    return screen


def database_down(exc):
    return mock.patch("screens.api.build_feed", side_effect=exc("server closed the connection"))


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_feed_answers_with_its_last_good_copy_when_the_database_fails(client, screen, error):
    good = client.get(FEED)
    assert good.status_code == 200
    assert "X-Feed-Stale" not in good

    cache_versions.bump(
        cache_versions.SCREENS
    )  # the cached copy is out of date: the next poll rebuilds
    with database_down(error):
        stale = client.get(FEED)
        not_modified = client.get(FEED, HTTP_IF_NONE_MATCH=good["ETag"])

    assert stale.status_code == 200
    assert stale.content == good.content
    assert stale["X-Feed-Stale"] == "1"
    assert stale["Warning"] == '110 - "Response is Stale"'
    assert "Borgerservice lukker tidligt fredag" in stale.content.decode()
    assert not_modified.status_code == 304
    assert not_modified["X-Feed-Stale"] == "1"


def test_feed_is_fresh_again_once_the_database_answers(client, screen):
    client.get(FEED)
    cache_versions.bump(cache_versions.SCREENS)
    with database_down(OperationalError):
        assert client.get(FEED)["X-Feed-Stale"] == "1"

    screen.name = "Rådhusets foyer (nord)"
    screen.save()  # bumps the version
    fresh = client.get(FEED)
    assert "X-Feed-Stale" not in fresh
    assert fresh.json()["screen"]["name"] == "Rådhusets foyer (nord)"


def test_without_a_last_good_copy_the_database_error_is_not_hidden(client, screen):
    client.raise_request_exception = True
    with database_down(OperationalError), pytest.raises(OperationalError):
        client.get(FEED)
