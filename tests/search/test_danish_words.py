"""Compounds, prefixes, æ/ø/å typed as o/a, "Mente du …?" and editors' synonyms (#15.4).

The pages are the demo's own swimming and association pages (titles and texts read from
``demo/data``). Before #15.4, on the same demo: "svømning" found 1 page (only "Lær at svømme
som voksen", whose text says "svømning"), "svomning" and "foreining" found nothing and no
page offered "Mente du". Runs on SQLite and, with ``DATABASE_URL=postgres://…``, on
PostgreSQL (pg_trgm).
"""

import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from activities.factories import ActivityPageFactory
from associations.factories import AssociationPageFactory
from guides.factories import GuidePageFactory
from home.factories import paragraph
from search.models import SearchSynonym
from tests.db_support import fetched, object_ids, rows_kept_for
from tests.openapi_support import check_every_response
from tests.search.conftest import build_site, reindex
from tests.visibility import HIDDEN

DEMO = Path(settings.BASE_DIR) / "demo" / "data"


def demo_entry(kind: str, title: str) -> dict:
    entries = tomllib.loads((DEMO / f"{kind}.toml").read_text())[kind]
    return next(e for e in entries if e["title"] == title)


def text(entry: dict, field: str) -> str:
    return " ".join(entry[field].split())


@pytest.fixture(autouse=True)
def api_responses_match_the_openapi_document(monkeypatch):
    check_every_response(monkeypatch)


def build_swimming(site):
    """The demo's three swimming pages and its guide on starting an association."""
    baby = demo_entry("activities", "Babysvømning")
    adults = demo_entry("activities", "Lær at svømme som voksen")
    club = demo_entry("associations", "Svømmeklubben Bølgen")
    pages = {
        "baby": ActivityPageFactory(
            parent=site.activity_index,
            title=baby["title"],
            slug=baby["slug"],
            summary=text(baby, "summary"),
            body=[paragraph(f"<p>{text(baby, 'description')}</p>")],
        ),
        "adults": ActivityPageFactory(
            parent=site.activity_index,
            title=adults["title"],
            slug=adults["slug"],
            summary=text(adults, "summary"),
            body=[paragraph(f"<p>{text(adults, 'description')}</p>")],
        ),
        "club": AssociationPageFactory(
            parent=site.association_index,
            title=club["title"],
            slug=club["slug"],
            summary=text(club, "summary"),
        ),
        "guide": GuidePageFactory(
            parent=site.guide_index,
            title="Sådan starter du en forening",
            slug="start-en-forening",
            summary="Det skal I have styr på, når I starter en ny forening.",
        ),
    }
    reindex(*pages.values())
    return pages


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The site and the swimming pages, built once for the module.

    Every test searches the same pages, those that ask for ``site`` alone included: the
    swimming pages share no word with the ones they make.
    """
    with rows_kept_for(django_db_blocker):
        site = build_site()
        yield {"site": object_ids(vars(site)), "swimming": object_ids(build_swimming(site))}


@pytest.fixture
def site(world, db):
    return SimpleNamespace(**fetched(world["site"]))


@pytest.fixture
def swimming(world, db):
    return fetched(world["swimming"])


def api(client, q, **params):
    response = client.get("/api/v3/search/", {"q": q, "limit": 50, **params})
    assert response.status_code == 200
    return response.json()


def api_titles(client, q):
    return {hit["title"] for hit in api(client, q)["items"]}


def page_titles(client, q):
    response = client.get("/soeg/", {"q": q})
    assert response.status_code == 200
    return {result.title for result in response.context["search_results"]}


SWIMMING = {"Babysvømning", "Svømmeklubben Bølgen", "Lær at svømme som voksen"}


def test_svoemning_finds_the_compounds_babysvoemning_and_the_swimming_club(client, swimming):
    # Before: only "Lær at svømme som voksen".
    assert api_titles(client, "svømning") == SWIMMING
    assert page_titles(client, "svømning") == SWIMMING
    assert api(client, "svømning")["did_you_mean"] is None


def test_a_word_finds_the_titles_it_starts(client, swimming):
    # "svømme" starts "Svømmeklubben"; the adults' course says "svømme" itself.
    assert {"Svømmeklubben Bølgen", "Lær at svømme som voksen"} <= api_titles(client, "svømme")
    assert "Svømmeklubben Bølgen" in api_titles(client, "svømmeklub")


def test_svomning_without_oe_finds_the_swimming_pages_and_offers_svoemning(client, swimming):
    # Before: nothing, no "Mente du".
    body = api(client, "svomning")
    page = client.get("/soeg/", {"q": "svomning"})

    assert {hit["title"] for hit in body["items"]} == SWIMMING
    assert body["did_you_mean"] == "svømning"
    html = page.content.decode()
    assert "Mente du" in html
    assert 'href="?q=sv%C3%B8mning"' in html


def test_foreining_finds_nothing_but_offers_forening(client, swimming):
    # Before: nothing, no "Mente du". The typo is offered the word of a public title.
    body = api(client, "foreining")
    page = client.get("/soeg/", {"q": "foreining"}).content.decode()

    assert body["count"] == 0
    assert body["did_you_mean"] == "forening"
    assert "Mente du" in page and ">forening</a>?" in page


def test_the_suggested_spelling_finds_the_page(client, swimming):
    suggestion = api(client, "foreining")["did_you_mean"]

    assert "Sådan starter du en forening" in api_titles(client, suggestion)


def test_a_correct_word_gets_no_suggestion(client, swimming):
    for query in ("forening", "babysvømning", "svømmeklubben"):
        assert api(client, query)["did_you_mean"] is None
        assert "Mente du" not in client.get("/soeg/", {"q": query}).content.decode()


def test_every_word_must_still_match(client, swimming):
    assert api_titles(client, "svømning babyer") == {"Babysvømning"}


@pytest.mark.parametrize("hide", HIDDEN.values(), ids=HIDDEN.keys())
def test_a_hidden_pages_title_is_never_offered_as_mente_du(client, site, hide):
    page = ActivityPageFactory(
        parent=site.activity_index, title="Vinterbadning ved Strandparken", slug="vinterbadning"
    )
    reindex(page)
    assert api(client, "vinterbadnig")["did_you_mean"] == "vinterbadning"  # while public

    hide(page)

    body = api(client, "vinterbadnig")
    html = client.get("/soeg/", {"q": "vinterbadnig"}).content.decode()
    assert body["did_you_mean"] is None
    assert "Mente du" not in html
    assert "vinterbadning" not in html.lower()
    # Nor does the hidden title lend its words to other searches.
    assert api(client, "vinterbad")["items"] == []


def test_synonyms_editors_maintain_widen_the_search(client, swimming):
    assert api_titles(client, "svømmehal") == set()
    SearchSynonym.objects.create(term="svømmehal", synonyms="svømmeklubben, babysvømning")

    assert api_titles(client, "svømmehal") == {"Svømmeklubben Bølgen", "Babysvømning"}
    assert page_titles(client, "Svømmehal") == {"Svømmeklubben Bølgen", "Babysvømning"}


def test_a_synonym_is_normalised_and_a_bad_one_is_a_danish_form_error(db):
    from django.core.exceptions import ValidationError
    from django.utils import translation

    entry = SearchSynonym(term=" Svømning ", synonyms="Svømmehal,  babysvømning , svømning,")
    entry.full_clean()
    assert entry.term == "svømning"
    assert entry.synonym_list() == ["svømmehal", "babysvømning"]

    with translation.override("da"), pytest.raises(ValidationError) as error:
        SearchSynonym(term="svøm hal", synonyms=",").full_clean()
    assert error.value.message_dict == {
        "term": ["Skriv ét ord."],
        "synonyms": ["Skriv mindst ét synonym."],
    }


def test_promoted_results_come_first_marked_anbefalet(client, swimming):
    SearchPromotion.objects.create(query=Query.get("svømning"), page=swimming["club"])

    html = client.get("/soeg/", {"q": "svømning"}).content.decode()
    body = api(client, "svømning")

    promoted = html.index("Anbefalet")
    assert promoted < html.index('role="status"')
    assert html.index("Svømmeklubben Bølgen", promoted) < html.index('role="status"')
    assert [p["title"] for p in body["promotions"]] == ["Svømmeklubben Bølgen"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": "svø" * 100}, 422),
        ({"q": "svøm\x00ning"}, 400),
        ({"q": "svømning", "limit": 0}, 422),
    ],
)
def test_bad_input_is_still_a_problem(client, swimming, params, status):
    response = client.get("/api/v3/search/", params)

    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"


def test_the_search_page_survives_odd_input(client, swimming):
    for q in ("svøm\x00ning", "ø" * 500, "*", "AND OR", "'; DROP TABLE"):
        assert client.get("/soeg/", {"q": q}).status_code == 200


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.com", "pw")
    client.force_login(user)
    return client


def test_editors_maintain_synonyms_in_the_danish_admin(admin_client, swimming):
    listing = admin_client.get("/admin/snippets/", HTTP_ACCEPT_LANGUAGE="da")
    assert "Søgesynonymer" in listing.content.decode()

    add_url = "/admin/snippets/search/searchsynonym/add/"
    form = admin_client.get(add_url, HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert "Søgeord" in form and "Synonymer" in form

    bad = admin_client.post(add_url, {"term": "svømme hal", "synonyms": ""})
    assert bad.status_code == 200
    assert "Skriv ét ord." in bad.content.decode()

    saved = admin_client.post(add_url, {"term": "Svømmehal", "synonyms": "babysvømning"})
    assert saved.status_code == 302
    assert api_titles(admin_client, "svømmehal") == {"Babysvømning", "Svømmeklubben Bølgen"}
