"""``/api/v3/activities/occurrences/``: dated occurrences for a range of local days."""

import datetime as dt

import pytest

from activities.factories import ActivityPageFactory, local_datetime
from tests.visibility import make_draft

from .conftest import day_after, evening

pytestmark = pytest.mark.django_db

URL = "/api/v3/activities/occurrences/"
PROBLEM_JSON = "application/problem+json"


def get_items(client, first: dt.date, last: dt.date, **params) -> list[dict]:
    response = client.get(URL, {"from": first.isoformat(), "to": last.isoformat(), **params})
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_recurring_activity_is_expanded_and_sorted_by_start(tree, api_client):
    items = get_items(api_client, day_after(0), day_after(14))

    starts = [item["start"] for item in items]
    assert starts == sorted(starts)
    titles = [item["activity"]["title"] for item in items]
    assert titles == [
        "Petanque for begyndere",  # day 1
        "Koncert i biblioteket",  # day 3
        "Petanque for begyndere",  # day 8
    ]
    assert items[0]["start"] == evening(day_after(1)).isoformat()
    assert items[2]["start"] == evening(day_after(8)).isoformat()


def test_occurrence_carries_what_a_calendar_shows(tree, api_client):
    item = get_items(api_client, day_after(1), day_after(1))[0]
    activity = item["activity"]

    assert item["end"] == evening(day_after(1), 21).isoformat()
    assert item["all_day"] is False
    assert activity["id"] == tree.weekly.pk
    assert activity["summary"] == "Prøv petanque med klubbens spillere."
    assert activity["url"].endswith("/aktiviteter/petanque-for-begyndere/")
    assert activity["detail_url"].endswith(f"/api/v3/pages/{tree.weekly.pk}/")
    assert activity["location"] == {
        "name": "Pilehavehallen",
        "address": "Pilehavevej 11, 2665 Vallensbæk Strand",
        "facility_id": tree.facility.pk,
    }
    assert activity["organiser"] == {"id": tree.association.pk, "name": "Vallensbæk Petanqueklub"}
    assert activity["audiences"] == [
        {"id": tree.seniors.pk, "name": "Seniorer", "slug": "seniorer"}
    ]
    assert activity["image"]["alt"] == "Petanquekugler i gruset"
    assert "fill-1920x1080" in activity["image"]["screen_landscape"]["url"]


def test_to_is_inclusive_and_days_are_local(tree, api_client):
    # 00:30 Copenhagen time is the evening before in UTC; it belongs to its local day.
    day = day_after(5)
    early = ActivityPageFactory(
        parent=tree.activity_index,
        title="Nattevandring",
        start=local_datetime(day.year, day.month, day.day, 0, 30),
        end=local_datetime(day.year, day.month, day.day, 1, 30),
    )
    late = ActivityPageFactory(
        parent=tree.activity_index,
        title="Midnatskoncert",
        start=local_datetime(day.year, day.month, day.day, 23, 30),
        end=local_datetime(day.year, day.month, day.day, 23, 59),
    )

    on_day = {item["activity"]["id"] for item in get_items(api_client, day, day)}
    assert {early.pk, late.pk} <= on_day
    before = {item["activity"]["id"] for item in get_items(api_client, day_after(4), day_after(4))}
    after = {item["activity"]["id"] for item in get_items(api_client, day_after(6), day_after(6))}
    assert early.pk not in before
    assert late.pk not in after


def test_filters(tree, api_client):
    first, last = day_after(0), day_after(14)

    def ids(**params):
        return {item["activity"]["id"] for item in get_items(api_client, first, last, **params)}

    assert ids(audience=tree.children.pk) == {tree.concert.pk}
    assert ids(audience=[tree.children.pk, tree.seniors.pk]) == {tree.concert.pk, tree.weekly.pk}
    assert ids(organiser=tree.association.pk) == {tree.weekly.pk}
    assert ids(facility=tree.facility.pk) == {tree.weekly.pk}
    assert ids(free="true") == {tree.weekly.pk}
    assert ids(free="false") == {tree.concert.pk}
    assert ids(locale="da") == {tree.weekly.pk, tree.concert.pk}


def test_activity_with_two_chosen_audiences_appears_once_per_date(tree, api_client):
    tree.concert.audiences.add(tree.seniors)
    tree.concert.save_revision().publish()
    items = get_items(
        api_client, day_after(3), day_after(3), audience=[tree.children.pk, tree.seniors.pk]
    )
    assert [item["activity"]["id"] for item in items] == [tree.concert.pk]


def test_pagination_with_limit_and_offset(tree, api_client):
    params = {"from": day_after(0).isoformat(), "to": day_after(40).isoformat()}
    everything = api_client.get(URL, {**params, "limit": 100}).json()
    page = api_client.get(URL, {**params, "limit": 2, "offset": 1}).json()

    assert page["count"] == everything["count"] == len(everything["items"])
    assert page["items"] == everything["items"][1:3]


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"from": "2026-03-10", "to": "2026-03-01"}, "'from' must be on or before 'to'"),
        ({"from": "2026-01-01", "to": "2027-01-02"}, "at most 366 days"),
        ({"from": "2026-13-01", "to": "2026-12-31"}, "from"),
        ({"from": "01-03-2026", "to": "2026-03-02"}, "YYYY-MM-DD"),
        ({"from": "1767225600", "to": "2026-03-02"}, "YYYY-MM-DD"),
        ({"from": "i dag", "to": "i morgen"}, "YYYY-MM-DD"),
        ({"to": "2026-03-02"}, "from"),
        ({"from": "2026-03-01"}, "to"),
        ({"from": "2026-03-01", "to": "2026-03-02", "audience": "abc"}, "audience"),
        ({"from": "2026-03-01", "to": "2026-03-02", "audience": "999999"}, "Unknown audience"),
        ({"from": "2026-03-01", "to": "2026-03-02", "organiser": "999999"}, "Unknown organiser"),
        ({"from": "2026-03-01", "to": "2026-03-02", "facility": "999999"}, "Unknown facility"),
        ({"from": "2026-03-01", "to": "2026-03-02", "free": "maybe"}, "free"),
        ({"from": "2026-03-01", "to": "2026-03-02", "locale": "xx"}, "Unknown locale"),
        ({"from": "2026-03-01", "to": "2026-03-02", "limit": "0"}, "limit"),
        ({"from": "2026-03-01", "to": "2026-03-02", "offset": "-5"}, "offset"),
    ],
)
def test_bad_input_is_a_clear_problem_json(tree, api_client, params, needle):
    response = api_client.get(URL, params)

    assert response.status_code == 422
    assert response["Content-Type"] == PROBLEM_JSON
    body = response.json()
    assert body["status"] == 422
    assert needle in str(body["errors"])


def test_a_full_leap_year_is_allowed(tree, api_client):
    response = api_client.get(URL, {"from": "2028-01-01", "to": "2028-12-31"})
    assert response.status_code == 200


def test_too_large_limit_is_400(tree, api_client):
    params = {"from": "2026-03-01", "to": "2026-03-02", "limit": 1000}
    response = api_client.get(URL, params)
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM_JSON


def test_draft_organiser_is_an_unknown_id(tree, api_client):
    make_draft(tree.association)
    params = {"from": "2026-03-01", "to": "2026-03-02", "organiser": tree.association.pk}
    response = api_client.get(URL, params)
    assert response.status_code == 422
    assert f"Unknown organiser id: {tree.association.pk}" in str(response.json()["errors"])
