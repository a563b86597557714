"""Each poll is a heartbeat, kept in the cache; the admin shows every screen's contact."""

import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from screens import heartbeat
from screens.factories import ScreenFactory
from screens.models import Screen

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


def test_a_poll_records_contact_without_writing_to_the_database(
    site, feed, django_assert_num_queries
):
    etag = feed("raadhus-foyer")["ETag"]
    later = timezone.now() + dt.timedelta(seconds=5)

    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        django_assert_num_queries(0),
    ):
        feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert heartbeat.last_seen_many(["raadhus-foyer"])["raadhus-foyer"] == later
    assert Screen.objects.get(key="raadhus-foyer").last_seen_at is None


def test_preview_polls_are_not_heartbeats(site, client):
    client.get("/api/v3/screens/raadhus-foyer/feed/?preview=true")

    assert heartbeat.last_seen_many(["raadhus-foyer"]) == {}


def test_unknown_screens_leave_no_heartbeat(db, feed):
    feed("findes-ikke")

    assert heartbeat.last_seen_many(["findes-ikke"]) == {}


def test_screen_list_shows_online_and_offline_screens(site, feed, admin_client):
    ScreenFactory(name="Biblioteket", key="bibliotek")
    feed("raadhus-foyer")

    response = admin_client.get("/admin/snippets/screens/screen/")

    html = response.content.decode()
    assert response.status_code == 200
    foyer_row = html[html.index("Rådhusets foyer") :].split("</tr>")[0]
    library_row = html[html.index("Biblioteket") :].split("</tr>")[0]
    assert "Online" in foyer_row
    assert timezone.localtime().strftime("%d.%m.%Y") in foyer_row
    assert "Offline" in library_row
    assert "Never" in library_row or "Aldrig" in library_row


def test_screen_goes_offline_when_polls_stop(site, feed):
    now = timezone.now()
    heartbeat.record("raadhus-foyer", now)
    last = heartbeat.last_seen_many(["raadhus-foyer"])["raadhus-foyer"]

    assert heartbeat.is_online(last, now + dt.timedelta(seconds=30))
    assert not heartbeat.is_online(last, now + dt.timedelta(minutes=10))


def test_opening_the_list_stores_the_contact_at_most_every_ten_minutes(site, admin_client):
    now = timezone.now()
    heartbeat.record("raadhus-foyer", now)
    admin_client.get("/admin/snippets/screens/screen/")
    assert Screen.objects.get(key="raadhus-foyer").last_seen_at == now

    heartbeat.record("raadhus-foyer", now + dt.timedelta(minutes=1))
    admin_client.get("/admin/snippets/screens/screen/")
    assert Screen.objects.get(key="raadhus-foyer").last_seen_at == now


def test_preview_shows_what_the_screen_shows_now(site, admin_client):
    response = admin_client.get(f"/admin/screens/{site.screen.pk}/preview/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Borgerservice lukker tidligt fredag" in html
    assert "Fællessang i biblioteket" in html
    assert "/screens/raadhus-foyer/?preview=1" in html


def test_preview_needs_permission_to_see_screens(site, client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("redaktoer", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.get(f"/admin/screens/{site.screen.pk}/preview/")

    assert response.status_code in (302, 403)
    assert "Borgerservice lukker tidligt fredag" not in response.content.decode()


def test_a_screen_polling_faster_than_the_heartbeat_interval_writes_once(db):
    """Polls in quick succession cost one heartbeat write; the next is written once due."""
    now = timezone.now()
    with mock.patch.object(heartbeat.cache, "set", wraps=heartbeat.cache.set) as cache_set:
        heartbeat.record("raadhus-foyer", now)
        heartbeat.record("raadhus-foyer", now + dt.timedelta(seconds=1))
        heartbeat.record("raadhus-foyer", now + dt.timedelta(seconds=2))
        assert cache_set.call_count == 1
        later = now + dt.timedelta(seconds=heartbeat.RECORD_EVERY_SECONDS + 1)
        heartbeat.record("raadhus-foyer", later)
        assert cache_set.call_count == 2
    assert heartbeat.last_seen_many(["raadhus-foyer"])["raadhus-foyer"] == later
