"""The Calendar-API feed type's three endpoints, shaped as OS2display reads them."""

import datetime as dt

import pytest

from .conftest import HIDDEN, HIDDEN_KINDS

pytestmark = pytest.mark.django_db

BASE = "/os2display/calendar/"


def get(client, name):
    response = client.get(BASE + name)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_locations_resources_and_events_have_the_feed_types_fields(client, site):
    library = site["library"]

    assert get(client, "locations") == [{"id": library.pk, "displayName": "Vallensbæk Bibliotek"}]
    assert get(client, "resources") == [
        {
            "id": library.pk,
            "locationId": library.pk,
            "name": library.slug,
            "displayName": "Vallensbæk Bibliotek",
            "includedInEvents": True,
        }
    ]
    (event,) = get(client, "events")  # the activity at an address is at no resource
    assert set(event) == {"title", "startTime", "endTime", "resourceId", "resourceDisplayName"}
    assert event["title"] == "Lektiecafé"
    assert isinstance(event["resourceId"], int) and event["resourceId"] == library.pk
    assert event["resourceDisplayName"] == "Vallensbæk Bibliotek"
    start = dt.datetime.fromisoformat(event["startTime"])
    assert start == site["homework"].start
    assert start.utcoffset() is not None and start.strftime("%H:%M") == "15:00"
    assert dt.datetime.fromisoformat(event["endTime"]) == site["homework"].end


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_hidden_activities_and_facilities_never_appear(client, site, hidden, kind):
    titles = [e["title"] for e in get(client, "events")]
    assert titles == ["Lektiecafé"]

    HIDDEN[kind](site["library"])
    assert get(client, "locations") == []
    assert get(client, "resources") == []
    assert get(client, "events") == []


def test_head_is_answered(client, site):
    for name in ("locations", "resources", "events"):
        response = client.head(BASE + name)
        assert response.status_code == 200
        assert "max-age=300" in response["Cache-Control"]
