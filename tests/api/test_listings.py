"""Typed listings (``/api/v3/news/`` …): one request per listing with what a card shows."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activities.factories import ActivityPageFactory
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from news.factories import NewsArticlePageFactory
from tests.visibility import HIDDEN

from .conftest import day_after, evening

pytestmark = pytest.mark.django_db

LISTINGS = ["news", "activities", "renovations", "associations", "guides", "facilities"]


def listed(client, path, **params) -> dict:
    response = client.get(f"/api/v3/{path}/", {"limit": 100, **params})
    assert response.status_code == 200, response.content
    return response.json()


def ids(client, path, **params) -> list[int]:
    return [item["id"] for item in listed(client, path, **params)["items"]]


@pytest.fixture
def guide(tree):
    index = GuideIndexPageFactory(parent=tree.home)
    return GuidePageFactory(parent=index, title="Sådan søger du tilskud")


def test_news_card_carries_what_a_card_shows(tree, api_client):
    body = listed(api_client, "news")
    card = next(item for item in body["items"] if item["id"] == tree.article.pk)
    assert card["title"] == "Ny legeplads ved Strandparken"
    assert card["summary"] == "Legepladsen åbner den 1. juni."
    assert card["date"] == tree.article.date.isoformat()
    assert card["image"]["alt"] == "Børn på en gynge i Strandparken"
    assert card["image"]["web_small"]["alt"] == "Børn på en gynge i Strandparken"
    assert "/images/" in card["image"]["web_small"]["url"]
    assert [topic["slug"] for topic in card["topics"]] == ["kultur"]
    assert card["featured"] is True
    assert card["meta"]["html_url"].endswith("/nyheder/ny-legeplads-ved-strandparken/")
    assert card["meta"]["detail_url"].endswith(f"/api/v3/pages/{tree.article.pk}/")
    assert card["meta"]["type"] == "news.NewsArticlePage"
    assert card["meta"]["locale"] == "da"


def test_activity_card_names_its_public_facility_and_organiser(tree, api_client):
    cards = {item["id"]: item for item in listed(api_client, "activities")["items"]}
    weekly = cards[tree.weekly.pk]
    assert weekly["facility"]["title"] == "Pilehavehallen"
    assert weekly["organiser"]["title"] == "Vallensbæk Petanqueklub"
    assert weekly["recurrence"] == "weekly"
    assert [a["slug"] for a in weekly["audiences"]] == ["seniorer"]
    assert cards[tree.concert.pk]["price_text"] == "50 kr."
    # Sorted by (first) start.
    assert list(cards) == [tree.weekly.pk, tree.concert.pk]


@pytest.mark.parametrize("case", HIDDEN)
def test_hidden_related_page_is_null_on_the_card(tree, api_client, case):
    HIDDEN[case](tree.facility)
    HIDDEN[case](tree.association)
    weekly = next(
        i for i in listed(api_client, "activities")["items"] if i["id"] == tree.weekly.pk
    )
    assert weekly["facility"] is None
    assert weekly["organiser"] is None


def test_every_listing_lists_its_own_type(tree, guide, api_client):
    assert set(ids(api_client, "news")) == {tree.article.pk, tree.traffic_article.pk}
    assert ids(api_client, "renovations") == [tree.renovation.pk]
    assert ids(api_client, "associations") == [tree.association.pk]
    assert ids(api_client, "facilities") == [tree.facility.pk]
    assert ids(api_client, "guides") == [guide.pk]
    card = listed(api_client, "renovations")["items"][0]
    assert card["status"] == "in_progress"
    assert listed(api_client, "associations")["items"][0]["category"] == "sport"
    assert listed(api_client, "facilities")["items"][0]["address"] == "Pilehavevej 11"


@pytest.mark.parametrize("case", HIDDEN)
def test_hidden_pages_are_never_listed(tree, guide, api_client, case):
    hidden = {
        "news": tree.article,
        "activities": tree.weekly,
        "renovations": tree.renovation,
        "associations": tree.association,
        "guides": guide,
        "facilities": tree.facility,
    }
    for page in hidden.values():
        HIDDEN[case](page)
    for path, page in hidden.items():
        body = listed(api_client, path)
        assert page.pk not in [item["id"] for item in body["items"]], path
        assert page.title not in str(body), path
    assert ids(api_client, "news") == [tree.traffic_article.pk]


def test_documented_filters_and_ordering_work(tree, api_client):
    assert ids(api_client, "news", topics=tree.traffic.pk) == [tree.traffic_article.pk]
    assert ids(api_client, "news", featured="true") == [tree.article.pk]
    assert ids(api_client, "activities", audiences=tree.children.pk) == [tree.concert.pk]
    assert ids(api_client, "activities", organiser=tree.association.pk) == [tree.weekly.pk]
    assert ids(api_client, "activities", facility=tree.facility.pk) == [tree.weekly.pk]
    assert ids(api_client, "renovations", status="completed") == []
    assert ids(api_client, "associations", category="culture") == []
    assert ids(api_client, "news", child_of=tree.news_index.pk, order="title") == [
        tree.article.pk,
        tree.traffic_article.pk,
    ]
    assert ids(api_client, "news", order="-title") == [tree.traffic_article.pk, tree.article.pk]
    assert ids(api_client, "news", locale="da", limit=1, offset=1) != []
    body = listed(api_client, "news", limit=1)
    assert body["count"] == 2 and len(body["items"]) == 1


def test_news_is_newest_first_by_default(tree, api_client):
    old = NewsArticlePageFactory(parent=tree.news_index, title="Gammel", date=dt.date(2020, 1, 1))
    assert ids(api_client, "news")[-1] == old.pk


def test_fields_chooses_card_fields(tree, api_client):
    card = listed(api_client, "news", fields="_,summary,date")["items"][0]
    assert set(card) == {"id", "title", "meta", "summary", "date"}
    card = listed(api_client, "news", fields="-image,-topics")["items"][0]
    assert "image" not in card and "topics" not in card and "summary" in card
    card = listed(api_client, "news", fields="*")["items"][0]
    assert {"summary", "date", "image", "topics", "audiences", "featured"} <= set(card)


@pytest.mark.parametrize(
    "value, named",
    [("summary,body", "body"), ("-nonsense", "nonsense")],
)
def test_unknown_field_is_a_422_naming_it(tree, api_client, value, named):
    response = api_client.get("/api/v3/news/", {"fields": value})
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    error = response.json()["errors"][0]
    assert error["loc"][-1] == "fields"
    assert named in error["msg"]


def test_a_control_character_in_fields_is_the_guards_400(tree, api_client):
    # The API's one input guard (core.api.guard) refuses control characters everywhere.
    response = api_client.get("/api/v3/news/", {"fields": "hero\x00image"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")


def test_bad_filter_values_are_422_not_500(tree, api_client):
    for params in (
        {"featured": "maybe"},
        {"topics": "abc"},
        {"topics": "9" * 30},
        {"featured": "9" * 30},
        {"child_of": "9" * 30},
        {"order": "nonsense"},
        {"child_of": "x"},
        {"limit": "1000"},
    ):
        response = api_client.get("/api/v3/news/", params)
        assert response.status_code in (400, 422), (params, response.content)
        assert response["Content-Type"].startswith("application/problem+json")


def test_unknown_page_type_is_a_422_on_the_page_listing(tree, api_client):
    response = api_client.get("/api/v3/pages/", {"type": "news.NoSuchPage"})
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")


def test_openapi_types_every_listing(api_client):
    schema = api_client.get("/api/v3/openapi.json").json()
    for path in LISTINGS:
        operation = schema["paths"][f"/api/v3/{path}/"]["get"]
        ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        list_schema = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert list_schema["required"] == ["count", "count_exact", "items"]
        params = {param["name"] for param in operation["parameters"]}
        assert {"fields", "limit", "offset", "order", "locale", "search"} <= params
        assert "422" in operation["responses"]
    news = schema["components"]["schemas"]["NewsCardSchema"]["properties"]
    assert {"summary", "date", "image", "topics"} <= set(news)
    meta = schema["components"]["schemas"]["CardMetaSchema"]["properties"]
    assert meta["first_published_at"]["anyOf"][0]["format"] == "date-time"


def count_queries(client, url, params) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries), response.json()


def test_news_listing_query_count_is_constant(tree, api_client):
    for n in range(50):
        NewsArticlePageFactory(
            parent=tree.news_index,
            title=f"Nyhed {n}",
            image=tree.image,
            image_alt=f"Billede {n}",
            topics=[tree.culture, tree.traffic],
            audiences=[tree.children],
        )
    params = {"fields": "summary,date,image,topics"}
    api_client.get("/api/v3/news/", {**params, "limit": 100})  # renditions, site roots

    five, small = count_queries(api_client, "/api/v3/news/", {**params, "limit": 5})
    fifty, large = count_queries(api_client, "/api/v3/news/", {**params, "limit": 50})

    assert len(small["items"]) == 5
    assert len(large["items"]) == 50
    assert all(item["image"] and item["topics"] for item in large["items"])
    assert five == fifty
    print(f"\nnews listing: limit=5 -> {five} queries, limit=50 -> {fifty} queries")


def test_activity_listing_query_count_is_constant(tree, api_client):
    for n in range(50):
        ActivityPageFactory(
            parent=tree.activity_index,
            title=f"Strikkecafé {n}",
            start=evening(day_after(2)),
            end=evening(day_after(2), 21),
            facility=tree.facility,
            address="",
            organiser=tree.association,
            audiences=[tree.children, tree.seniors],
            image=tree.image,
            image_alt=f"Garn {n}",
        )
    api_client.get("/api/v3/activities/", {"limit": 100})

    five, small = count_queries(api_client, "/api/v3/activities/", {"limit": 5})
    assert len(small["items"]) == 5
    fifty, large = count_queries(api_client, "/api/v3/activities/", {"limit": 50})

    assert len(large["items"]) == 50
    assert all(item["facility"] and item["organiser"] for item in large["items"])
    assert five == fifty
    print(f"\nactivities listing: limit=5 -> {five} queries, limit=50 -> {fifty} queries")


def test_a_card_listing_counts_up_to_the_cap_and_says_so(tree, api_client, monkeypatch):
    from core import pagination

    for n in range(7):
        NewsArticlePageFactory(parent=tree.news_index, title=f"Kort nyt {n}")
    total = api_client.get("/api/v3/news/", {"limit": 2}).json()
    assert total["count_exact"] is True
    assert total["count"] >= 7

    monkeypatch.setattr(pagination, "COUNT_CAP", 3)
    capped = api_client.get("/api/v3/news/", {"limit": 2}).json()
    assert (capped["count"], capped["count_exact"]) == (3, False)
    assert len(capped["items"]) == 2
    # Asked for a page past the cap, the count reaches the end of that page.
    later = api_client.get("/api/v3/news/", {"limit": 2, "offset": 4}).json()
    assert later["count"] == 6 and later["count_exact"] is False
    # Paging on with offset still reaches every item.
    seen, offset = [], 0
    while True:
        page = api_client.get("/api/v3/news/", {"limit": 2, "offset": offset}).json()["items"]
        seen += [item["id"] for item in page]
        if len(page) < 2:
            break
        offset += 2
    assert len(seen) == len(set(seen)) == total["count"]
