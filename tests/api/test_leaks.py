"""Drafts, view-restricted, expired and future-scheduled pages never leave the API.

Each case is checked on every public way to a page: the listing (plain, by type, below a
parent), the detail, find by id and by path, and the activity occurrences.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.visibility import HIDDEN, make_draft, make_expired, make_restricted

pytestmark = pytest.mark.django_db


def all_listed_ids(client, **params) -> set[int]:
    response = client.get("/api/v3/pages/", {"limit": 100, **params})
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def occurrence_activity_ids(client) -> set[int]:
    from .conftest import day_after

    params = {"from": day_after(0).isoformat(), "to": day_after(60).isoformat(), "limit": 100}
    response = client.get("/api/v3/activities/occurrences/", params)
    assert response.status_code == 200, response.content
    return {item["activity"]["id"] for item in response.json()["items"]}


def test_everything_is_visible_before_hiding(tree, api_client):
    assert tree.weekly.pk in all_listed_ids(api_client)
    assert api_client.get(f"/api/v3/pages/{tree.weekly.pk}/").status_code == 200
    assert tree.weekly.pk in occurrence_activity_ids(api_client)


@pytest.mark.parametrize("case", HIDDEN)
def test_hidden_activity_is_absent_everywhere(tree, api_client, case):
    HIDDEN[case](tree.weekly)
    pk = tree.weekly.pk

    assert pk not in all_listed_ids(api_client)
    assert pk not in all_listed_ids(api_client, type="activities.ActivityPage")
    assert pk not in all_listed_ids(api_client, child_of=tree.activity_index.pk)
    assert pk not in all_listed_ids(api_client, descendant_of=tree.home.pk)

    detail = api_client.get(f"/api/v3/pages/{pk}/")
    assert detail.status_code == 404
    assert "Petanque" not in detail.content.decode()
    assert api_client.get(f"/api/v3/pages/{pk}/", {"version": "draft"}).status_code == 404

    assert api_client.get("/api/v3/pages/find/", {"id": pk}).status_code == 404
    by_path = api_client.get(
        "/api/v3/pages/find/", {"html_path": "/aktiviteter/petanque-for-begyndere/"}
    )
    assert by_path.status_code == 404

    assert pk not in occurrence_activity_ids(api_client)
    # The other activity is unaffected.
    assert tree.concert.pk in occurrence_activity_ids(api_client)


@pytest.mark.parametrize("case", HIDDEN)
def test_pages_below_a_hidden_page_are_not_reachable_through_it(tree, api_client, case):
    HIDDEN[case](tree.activity_index)

    response = api_client.get("/api/v3/pages/", {"child_of": tree.activity_index.pk})
    assert response.status_code == 422
    assert "Aktiviteter" not in response.content.decode()


@pytest.mark.parametrize("case", ["login_restricted", "password_restricted"])
def test_restriction_on_a_parent_hides_its_children(tree, api_client, case):
    HIDDEN[case](tree.activity_index)

    assert tree.weekly.pk not in all_listed_ids(api_client)
    assert api_client.get(f"/api/v3/pages/{tree.weekly.pk}/").status_code == 404
    assert occurrence_activity_ids(api_client) == set()


def test_hidden_facility_and_organiser_are_not_named_in_occurrences(tree, api_client):
    make_draft(tree.facility)
    make_expired(tree.association)
    from .conftest import day_after

    params = {"from": day_after(0).isoformat(), "to": day_after(2).isoformat()}
    data = api_client.get("/api/v3/activities/occurrences/", params).json()

    activity = data["items"][0]["activity"]
    assert activity["id"] == tree.weekly.pk
    assert activity["location"] == {"name": "", "address": "", "facility_id": None}
    assert activity["organiser"] is None
    assert "Pilehavehallen" not in str(data)
    assert "Petanqueklub" not in str(data)


def test_hidden_facility_is_null_on_activity_detail(tree, api_client):
    make_restricted(tree.facility)
    data = api_client.get(f"/api/v3/pages/{tree.weekly.pk}/").json()
    assert data["facility"] is None
    assert data["organiser"]["title"] == "Vallensbæk Petanqueklub"


def test_a_session_that_passed_a_password_does_not_open_the_api(tree, api_client):
    restriction = make_restricted(tree.weekly, PageViewRestriction.PASSWORD)
    session = api_client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()

    assert api_client.get(f"/api/v3/pages/{tree.weekly.pk}/").status_code == 404
