"""GET /api/v3/search/ and /api/v3/search/autocomplete/."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.factories import NewsArticlePageFactory


def test_search_returns_typed_hits(client, site):
    body = client.get("/api/v3/search/", {"q": "petanque"}).json()

    assert body["count"] == 1
    assert body["items"] == [
        {
            "id": site.association.pk,
            "title": "Vallensbæk Petanqueklub",
            "type": "foreninger",
            "content_type": "associations.AssociationPage",
            "summary": "Vi spiller petanque hver tirsdag.",
            "locale": "da",
            "url": "http://localhost/foreninger/petanque/",
            "detail_url": f"http://localhost/api/v3/pages/{site.association.pk}/",
        }
    ]
    assert body["promotions"] == []


def test_type_limit_and_offset(client, site):
    for n in range(5):
        NewsArticlePageFactory(parent=site.news_index, title=f"Affaldssortering {n}")

    first = client.get("/api/v3/search/", {"q": "affaldssortering", "limit": 2}).json()
    last = client.get("/api/v3/search/", {"q": "affaldssortering", "limit": 2, "offset": 4}).json()
    other_type = client.get(
        "/api/v3/search/", {"q": "affaldssortering", "type": "aktiviteter"}
    ).json()

    assert first["count"] == last["count"] == 5
    assert len(first["items"]) == 2
    assert len(last["items"]) == 1
    seen = {hit["id"] for hit in first["items"]} | {hit["id"] for hit in last["items"]}
    assert len(seen) == 3
    assert other_type == {"count": 0, "items": [], "promotions": [], "did_you_mean": None}


def test_unknown_type_locale_or_limit_is_rejected_with_a_message(client, site):
    bad_type = client.get("/api/v3/search/", {"q": "x", "type": "sport"})
    bad_locale = client.get("/api/v3/search/", {"q": "x", "locale": "xx"})
    bad_limit = client.get("/api/v3/search/", {"q": "x", "limit": 1000})

    for response in (bad_type, bad_locale, bad_limit):
        assert response.status_code in (400, 422)
        assert response["Content-Type"] == "application/problem+json"


def test_promotions_are_returned_with_the_hits(client, site):
    SearchPromotion.objects.create(query=Query.get("petanque"), page=site.facility)

    body = client.get("/api/v3/search/", {"q": "Petanque"}).json()

    assert body["promotions"] == [
        {
            "title": "Pilehavehallen",
            "description": "Hallen kan lånes om aftenen.",
            "url": "http://localhost/lokaler/pilehavehallen/",
            "page_id": site.facility.pk,
        }
    ]


def test_autocomplete_matches_title_prefixes(client, site):
    suggestions = client.get("/api/v3/search/autocomplete/", {"q": "pileha"}).json()

    assert sorted(s["title"] for s in suggestions) == [
        "Nyt tag på Pilehaveskolen",
        "Pilehavehallen",
    ]
    hall = next(s for s in suggestions if s["title"] == "Pilehavehallen")
    assert hall == {
        "id": site.facility.pk,
        "title": "Pilehavehallen",
        "type": "lokaler",
        "url": "http://localhost/lokaler/pilehavehallen/",
    }


def test_autocomplete_only_looks_at_titles_and_respects_type_and_limit(client, site):
    # "sandkasse" is only in the news article's body.
    body_word = client.get("/api/v3/search/autocomplete/", {"q": "sandkas"}).json()
    typed = client.get("/api/v3/search/autocomplete/", {"q": "pileha", "type": "lokaler"}).json()
    limited = client.get("/api/v3/search/autocomplete/", {"q": "pileha", "limit": 1}).json()

    assert body_word == []
    assert [s["title"] for s in typed] == ["Pilehavehallen"]
    assert len(limited) == 1


def test_autocomplete_with_nothing_typed_suggests_nothing(client, site):
    assert client.get("/api/v3/search/autocomplete/", {"q": ""}).json() == []


def test_search_endpoints_are_typed_in_the_openapi_document(client, db):
    schema = client.get("/api/v3/openapi.json").json()

    search = schema["paths"]["/api/v3/search/"]["get"]
    params = {p["name"]: p for p in search["parameters"]}
    assert set(params) >= {"q", "type", "limit", "offset", "locale"}
    assert "200" in search["responses"] and "400" in search["responses"]
    assert "/api/v3/search/autocomplete/" in schema["paths"]
    assert "SearchHitSchema" in schema["components"]["schemas"]
    type_schema = str(params["type"]["schema"])
    for slug in ("nyheder", "aktiviteter", "renoveringer", "foreninger", "guider", "lokaler"):
        assert slug in type_schema


def test_locale_filter_returns_only_that_language(client, site, english_site):
    english = client.get("/api/v3/search/", {"q": "petanque", "locale": "en"}).json()
    danish = client.get("/api/v3/search/", {"q": "petanque", "locale": "da"}).json()

    assert [h["title"] for h in english["items"]] == ["Vallensbæk Petanque Club"]
    assert english["items"][0]["url"] == "http://localhost/en/foreninger/petanque/"
    assert [h["title"] for h in danish["items"]] == ["Vallensbæk Petanqueklub"]


def test_query_count_does_not_grow_with_the_number_of_hits(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_articles(n):
        for i in range(n):
            NewsArticlePageFactory(parent=site.news_index, title=f"Genbrugsplads {n}-{i}")
        with CaptureQueriesContext(connection) as ctx:
            body = client.get("/api/v3/search/", {"q": f"genbrugsplads {n}"}).json()
        assert body["count"] == n
        return len(ctx.captured_queries)

    client.get("/api/v3/search/", {"q": "petanque"})  # warm per-process caches (content types)
    assert queries_for_articles(2) == queries_for_articles(8)
