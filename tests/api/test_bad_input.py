"""Bad input is a clear 4xx, never a 500: every case the fuzzing and manual passes found (#14.2).

Run on SQLite and on PostgreSQL (``DATABASE_URL=postgres://…``): the two answer huge integers
and NUL bytes differently, so a case that is harmless on one can be a 500 on the other.
"""

import pytest

from tests.api.conftest import build_tree
from tests.db_support import as_namespace, kept_fixture

pytestmark = pytest.mark.django_db


# The conftest's tree, built once for the module: its tests only read it.
_tree_ids, tree = kept_fixture("tree", lambda: vars(build_tree()), as_namespace)


HUGE = "18446744073709551615"  # 2**64 - 1
JUST_TOO_BIG = str(2**63)
VERY_HUGE = "4017923831426776563712"
LONG_SEARCH = " ".join(["kajak"] * 300)
LONG_WORDS = "a" * 201

#: (url, expected status). Query strings are sent as they are (already percent-encoded).
CASES = [
    # Huge integers for offset/limit (schemathesis on PostgreSQL).
    (f"/api/v3/topics/?offset={HUGE}", 422),
    (f"/api/v3/audiences/?offset={HUGE}", 422),
    (f"/api/v3/contacts/?offset={HUGE}", 422),
    (f"/api/v3/documents/?search=i&offset={VERY_HUGE}", 422),
    (f"/api/v3/redirects/?offset={HUGE}", 422),
    (f"/api/v3/pages/?offset={JUST_TOO_BIG}", 422),
    (f"/api/v3/activities/occurrences/?offset={JUST_TOO_BIG}", 422),
    (f"/api/v3/search/?q=kajak&offset={JUST_TOO_BIG}", 422),
    (f"/api/v3/images/?offset={JUST_TOO_BIG}", 422),
    (f"/api/v3/pages/?limit={JUST_TOO_BIG}", 422),
    (f"/api/v3/topics/?limit={HUGE}", 422),
    (f"/api/v3/pages/?offset=-{JUST_TOO_BIG}1", 422),
    (f"/api/v3/pages/find/?id={JUST_TOO_BIG}", 422),
    (f"/api/v3/pages/?id={JUST_TOO_BIG}", 422),
    (f"/api/v3/activities/occurrences/?audience={JUST_TOO_BIG}", 422),
    # NUL bytes and control characters in strings.
    ("/api/v3/pages/find/?html_path=%0A%0A%00%0A", 400),
    ("/api/v3/pages/find/?html_path=/nyheder/%00/", 400),
    ("/api/v3/preview/?token=x&content_type=%00", 400),
    ("/api/v3/pages/?locale=%00", 400),
    ("/api/v3/pages/?site=%00", 400),
    ("/api/v3/topics/?locale=d%00a", 400),
    ("/api/v3/images/?search=%00", 400),
    ("/api/v3/documents/?search=kaj%00ak", 400),
    ("/api/v3/search/?q=%1Bkajak", 400),
    ("/api/v3/redirects/find/?html_path=%7F", 400),
    ("/api/v3/pages/?type=news.NewsArticlePage%00", 400),
    ("/api/v3/pages/?%00=1", 400),
    ("/api/v3/screens/raadhus%00foyer/feed/", 400),
    # Searches too long to run.
    (f"/api/v3/images/?search={LONG_SEARCH}", 422),
    (f"/api/v3/documents/?search={LONG_SEARCH}", 422),
    (f"/api/v3/pages/?search={LONG_SEARCH}", 422),
    (f"/api/v3/search/?q={LONG_SEARCH}", 422),
    (f"/api/v3/search/autocomplete/?q={LONG_SEARCH}", 422),
    (f"/api/v3/images/?search={LONG_WORDS}", 422),
    # Ids too big for any database column, in URL paths.
    (f"/api/v3/pages/{JUST_TOO_BIG}/", 404),
    (f"/api/v3/pages/{HUGE}/", 404),
    (f"/api/v3/images/{HUGE}/", 404),
    (f"/api/v3/documents/{HUGE}/", 404),
    (f"/api/v3/redirects/{HUGE}/", 404),
    (f"/api/v3/sites/{HUGE}/", 404),
    (f"/api/v3/pages/{HUGE}/revisions/", 404),
    (f"/api/v3/snippets/core.Topic/{HUGE}/", 404),
]


def is_problem(response) -> bool:
    return response["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize(("url", "status"), CASES, ids=[case[0][:80] for case in CASES])
def test_bad_api_input_is_a_problem_not_a_server_error(tree, client, url, status):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    assert is_problem(response)
    body = response.json()
    assert body["status"] == status
    assert body["detail"]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_occurrences_at_the_edges_of_the_calendar_answer_without_error(tree, client, day):
    response = client.get(f"/api/v3/activities/occurrences/?from={day}&to={day}")
    assert response.status_code == 200, response.content[:300]
    assert response.json()["items"] == []


def test_occurrences_from_the_last_day_without_to_answer_without_error(tree, client):
    response = client.get("/api/v3/activities/occurrences/?from=9999-12-31")
    assert response.status_code in (200, 422), response.content[:300]
    if response.status_code == 422:
        assert is_problem(response)


@pytest.mark.parametrize("pk", [JUST_TOO_BIG, HUGE])
def test_activity_ics_with_an_id_too_big_for_the_database_is_404(tree, client, pk):
    for prefix in ("", "/en"):
        response = client.get(f"{prefix}/feeds/aktiviteter/{pk}.ics")
        assert response.status_code == 404


def test_integers_within_range_still_work(tree, client):
    response = client.get(f"/api/v3/topics/?offset={2**63 - 1}")
    assert response.status_code == 200
    assert response.json()["items"] == []
    listing = client.get("/api/v3/pages/?offset=0&limit=2")
    assert listing.status_code == 200
    assert len(listing.json()["items"]) == 2


def test_a_normal_search_still_works(tree, client):
    words = " ".join(["kajak"] * 32)  # 32 words, 191 characters: just within the caps
    assert client.get(f"/api/v3/search/?q={words}").status_code == 200
    assert client.get("/api/v3/images/?search=Strandparken").status_code == 200


def test_a_json_body_over_the_upload_limit_is_413(tree, client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    body = '{"title": "' + "x" * (2 * 1024 * 1024) + '"}'
    response = client.post("/api/v3/pages/", body, content_type="application/json")
    assert response.status_code == 413
    assert is_problem(response)
    assert response.json()["status"] == 413


def test_a_json_body_of_30_megabytes_is_413_with_the_default_limit(tree, client):
    body = '{"title": "' + "x" * (30 * 1024 * 1024) + '"}'
    response = client.post("/api/v3/pages/1/actions/copy/", body, content_type="application/json")
    assert response.status_code == 413
    assert is_problem(response)


def test_errors_are_in_danish_by_default_and_english_on_request(tree, client):
    danish = client.get(f"/api/v3/topics/?offset={HUGE}")
    english = client.get(f"/api/v3/topics/?offset={HUGE}", HTTP_ACCEPT_LANGUAGE="en")
    assert danish.json()["detail"] != english.json()["detail"]
    assert "offset" in english.json()["detail"]
