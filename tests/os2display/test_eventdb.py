"""The event-database-v2-shaped subset: hydra lists, integer ids, filters, paging."""

import pytest

from .conftest import HIDDEN, HIDDEN_KINDS

pytestmark = pytest.mark.django_db

BASE = "/os2display/eventdatabase/api/v2/"


def get(client, path, **headers):
    response = client.get(BASE + path, headers=headers)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/ld+json"
    return response.json()


def members(client, path) -> list:
    data = get(client, path)
    assert isinstance(data["hydra:totalItems"], int)
    return data["hydra:member"]


def test_occurrences_carry_what_the_poster_slide_reads(client, site):
    data = get(client, "occurrences", HTTP_X_API_KEY="any-key")

    assert data["@type"] == "hydra:Collection"
    assert data["hydra:totalItems"] == 2
    first, second = data["hydra:member"]
    assert [first["event"]["title"], second["event"]["title"]] == ["Seniordans", "Lektiecafé"]
    assert isinstance(second["entityId"], int)
    assert second["start"].endswith(("+01:00", "+02:00"))
    event = second["event"]
    assert event["entityId"] == site["homework"].pk
    assert event["excerpt"] == site["homework"].summary
    assert event["url"] == "http://localhost/aktiviteter/" + site["homework"].slug + "/"
    assert set(event["imageUrls"]) == {"small", "medium", "large"}
    assert event["tags"] == ["Børn"]
    assert event["organizer"] == {
        "@id": f"organizations/{site['club'].pk}",
        "@type": "Organization",
        "entityId": site["club"].pk,
        "name": "Lektiecaféen",
        "email": "lektier@example.dk",
        "url": site["club"].get_full_url(),
    }
    location = event["location"]
    assert location["entityId"] == site["library"].pk
    assert location["name"] == "Vallensbæk Bibliotek"
    assert location["street"] == location["streetAddress"] == "Idrætsvej 48"
    assert location["postalCode"] == "2665"
    assert "ticketPriceRange" in second
    # An activity at an address: place named, no record; a department is no organization.
    assert first["event"]["location"]["streetAddress"] == "Vallensbæk Stationstorv 100"
    assert first["event"]["organizer"] is None


def test_occurrence_filters_by_tag_organizer_place_and_dates(client, site):
    def titles(query):
        return [o["event"]["title"] for o in members(client, f"occurrences?{query}")]

    assert titles("event.tags=Børn") == ["Lektiecafé"]
    assert titles("event.tags=seniorer") == ["Seniordans"]
    assert titles(f"event.organizer.entityId={site['club'].pk}") == ["Lektiecafé"]
    assert titles(f"event.location.entityId={site['library'].pk}") == ["Lektiecafé"]
    start = site["homework"].start.isoformat()
    assert titles(f"start[gte]={start.replace('+', '%2B')}") == ["Lektiecafé"]
    end = site["dance"].end.isoformat().replace("+", "%2B")
    assert titles(f"end[lte]={end}") == ["Seniordans"]
    assert titles("end[gt]=2000-01-01") == ["Seniordans", "Lektiecafé"]
    assert titles("end[lt]=2000-01-01") == []


def test_paging_with_page_and_items_per_page(client, site):
    one = get(client, "occurrences?itemsPerPage=1")
    two = get(client, "occurrences?itemsPerPage=1&page=2")
    past = get(client, "occurrences?itemsPerPage=1&page=9")

    assert one["hydra:totalItems"] == two["hydra:totalItems"] == 2
    assert [len(one["hydra:member"]), len(two["hydra:member"]), len(past["hydra:member"])] == [
        1,
        1,
        0,
    ]
    assert one["hydra:member"][0]["entityId"] != two["hydra:member"][0]["entityId"]
    assert "page=2" in one["hydra:view"]["hydra:next"]
    assert "hydra:next" not in two["hydra:view"]


def test_events_tags_organizations_and_locations(client, site):
    events = members(client, "events")
    assert [e["title"] for e in events] == ["Seniordans", "Lektiecafé"]
    homework = events[1]
    assert [o["entityId"] for o in homework["occurrences"]] == [
        o.pk for o in site["homework"].occurrences.all()
    ]
    assert [e["title"] for e in members(client, "events?tags=Børn")] == ["Lektiecafé"]

    assert members(client, "tags") == [
        {
            "@id": f"tags/{site['children'].pk}",
            "@type": "Tag",
            "id": site["children"].pk,
            "name": "Børn",
        },
        {
            "@id": f"tags/{site['seniors'].pk}",
            "@type": "Tag",
            "id": site["seniors"].pk,
            "name": "Seniorer",
        },
    ]
    assert [o["entityId"] for o in members(client, "organizations")] == [site["club"].pk]
    assert [loc["entityId"] for loc in members(client, "locations")] == [site["library"].pk]
    assert get(client, f"locations/{site['library'].pk}")["name"] == "Vallensbæk Bibliotek"
    assert get(client, f"events/{site['homework'].pk}")["title"] == "Lektiecafé"


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_hidden_content_is_never_listed_and_its_ids_are_404(client, site, hidden, kind):
    page = hidden[kind]
    for path in ("occurrences", "events"):
        content = client.get(BASE + path).content.decode()
        assert "Hemmelig" not in content
    for occurrence in page.occurrences.all():
        response = client.get(f"{BASE}occurrences/{occurrence.pk}")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
    assert client.get(f"{BASE}events/{page.pk}").status_code == 404

    HIDDEN[kind](site["club"])
    HIDDEN[kind](site["library"])
    data = get(client, f"events/{site['homework'].pk}")
    assert data["organizer"] is None and data["location"] is None
    assert "lektier@example.dk" not in client.get(BASE + "occurrences").content.decode()
    assert members(client, "organizations") == members(client, "locations") == []


@pytest.mark.parametrize(
    "query",
    [
        "occurrences?page=0",
        "occurrences?page=abc",
        "occurrences?page=18446744073709551615",
        "occurrences?itemsPerPage=51",
        "occurrences?event.organizer.entityId=9223372036854775808",
        "occurrences?event.tags=%00",
        "occurrences?start[gte]=not-a-date",
        "occurrences?end[gt]=9999-12-31",
        "events?occurrences.start[gte]=%FF%FE",
        "events/99999999999999999999",
    ],
)
def test_bad_input_is_a_clear_400_or_404_never_a_500(client, site, query):
    response = client.get(BASE + query)

    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"]


def test_head_is_answered(client, site):
    response = client.head(BASE + "occurrences")
    assert response.status_code == 200
    assert response.content == b""


def test_list_queries_do_not_grow_with_the_number_of_events(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from activities.factories import ActivityPageFactory

    from .conftest import tomorrow_at

    def count(path):
        client.get(BASE + path)  # renditions are made on the first request
        with CaptureQueriesContext(connection) as queries:
            assert client.get(BASE + path).status_code == 200
        return len(queries)

    few = {path: count(path) for path in ("occurrences", "events")}
    for n in range(4):
        page = ActivityPageFactory(
            parent=site["index"],
            title=f"Mere {n}",
            start=tomorrow_at(18),
            end=tomorrow_at(19),
            facility=site["library"],
            organiser=site["club"],
        )
        page.audiences.set([site["children"]])
        page.save_revision().publish()
    assert {path: count(path) for path in ("occurrences", "events")} == few
