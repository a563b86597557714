"""Pages on API v3: typed api_fields, images, rich text, dates and the listing filters."""

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from renovations.factories import RenovationProjectPageFactory

pytestmark = pytest.mark.django_db

PROBLEM_JSON = "application/problem+json"


def listing(client, **params):
    response = client.get("/api/v3/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()


def listed_ids(client, **params) -> set[int]:
    return {item["id"] for item in listing(client, **params)["items"]}


def test_article_detail_has_typed_fields(tree, api_client):
    data = api_client.get(f"/api/v3/pages/{tree.article.pk}/").json()

    assert data["meta"]["type"] == "news.NewsArticlePage"
    assert data["title"] == "Ny legeplads ved Strandparken"
    assert data["summary"] == "Legepladsen åbner den 1. juni."
    assert data["featured"] is True
    assert [topic["slug"] for topic in data["topics"]] == ["kultur"]
    assert data["contact"]["email"] == "kultur@vallensbaek.dk"
    assert data["body"][0]["value"] == "<p>Legepladsen får gynger og sandkasse.</p>"


def test_image_has_web_and_screen_renditions_with_the_pages_alt_text(tree, api_client):
    image = api_client.get(f"/api/v3/pages/{tree.article.pk}/").json()["image"]

    assert image["id"] == tree.image.pk
    assert image["alt"] == "Børn på en gynge i Strandparken"
    expected = {
        "web_small": "fill-400x300",
        "web_large": "fill-1200x675",
        "screen_landscape": "fill-1920x1080",
        "screen_portrait": "fill-1080x1920",
    }
    for name, spec in expected.items():
        rendition = image[name]
        assert spec in rendition["url"]
        assert rendition["full_url"].startswith("http")
        assert rendition["alt"] == "Børn på en gynge i Strandparken"
    # Portrait for portrait screens, landscape everywhere else.
    assert image["screen_portrait"]["height"] > image["screen_portrait"]["width"]
    assert image["screen_landscape"]["width"] > image["screen_landscape"]["height"]


def test_page_without_image_has_null_image(tree, api_client):
    assert api_client.get(f"/api/v3/pages/{tree.concert.pk}/").json()["image"] is None


def test_datetimes_are_local_iso_8601_with_offset(tree, api_client):
    data = api_client.get(f"/api/v3/pages/{tree.concert.pk}/").json()

    local_start = timezone.localtime(tree.concert.start)
    assert data["start"] == local_start.isoformat()
    assert data["start"][-6:] in {"+01:00", "+02:00"}


def test_rich_text_is_display_html_with_resolved_links(tree, api_client):
    project = RenovationProjectPageFactory(
        parent=tree.renovation_index,
        title="Ny belysning",
        description=f'<p>Se <a linktype="page" id="{tree.article.pk}">nyheden</a>.</p>',
    )
    data = api_client.get(f"/api/v3/pages/{project.pk}/").json()

    assert 'href="/nyheder/ny-legeplads-ved-strandparken/"' in data["description"]
    assert "linktype" not in data["description"]


def test_rich_text_can_be_requested_as_markdown(tree, api_client):
    tree.renovation.description = "<p>Taget er <b>utæt</b>.</p>"
    tree.renovation.save_revision().publish()
    data = api_client.get(
        f"/api/v3/pages/{tree.renovation.pk}/", {"rich_text_format": "markdown"}
    ).json()
    assert data["description"].strip() == "Taget er **utæt**."


def test_related_page_that_is_not_public_is_null(tree, api_client):
    tree.article.related_pages.create(page=tree.traffic_article)
    tree.article.related_pages.create(page=tree.weekly)
    tree.article.save_revision().publish()
    tree.traffic_article.unpublish()

    data = api_client.get(f"/api/v3/pages/{tree.article.pk}/").json()

    assert data["related_pages"][0]["page"] is None
    assert data["related_pages"][1]["page"]["title"] == "Petanque for begyndere"


def test_news_filter_by_topic_and_featured(tree, api_client):
    by_topic = listed_ids(api_client, type="news.NewsArticlePage", topics=tree.traffic.pk)
    assert by_topic == {tree.traffic_article.pk}

    featured = listed_ids(api_client, type="news.NewsArticlePage", featured="true")
    assert featured == {tree.article.pk}


def test_activity_filters_by_audience_organiser_and_facility(tree, api_client):
    activity = {"type": "activities.ActivityPage"}
    assert listed_ids(api_client, **activity, audiences=tree.children.pk) == {tree.concert.pk}
    assert listed_ids(api_client, **activity, organiser=tree.association.pk) == {tree.weekly.pk}
    assert listed_ids(api_client, **activity, facility=tree.facility.pk) == {tree.weekly.pk}
    assert listed_ids(api_client, **activity) == {tree.weekly.pk, tree.concert.pk}


def test_renovation_filter_by_status(tree, api_client):
    planned = RenovationProjectPageFactory(
        parent=tree.renovation_index, title="Ny cykelbane", status="planned"
    )
    kind = {"type": "renovations.RenovationProjectPage"}
    assert listed_ids(api_client, **kind, status="in_progress") == {tree.renovation.pk}
    assert listed_ids(api_client, **kind, status="planned") == {planned.pk}


def test_association_filter_by_category(tree, api_client):
    kind = {"type": "associations.AssociationPage"}
    assert listed_ids(api_client, **kind, category="sport") == {tree.association.pk}
    assert listed_ids(api_client, **kind, category="culture") == set()


def test_ordering_by_an_api_field(tree, api_client):
    data = listing(api_client, type="activities.ActivityPage", order="-start")
    assert [item["id"] for item in data["items"]] == [tree.concert.pk, tree.weekly.pk]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "activities.ActivityPage", "organiser": "abc"},
        {"type": "news.NewsArticlePage", "topics": "kultur"},
        {"type": "news.NewsArticlePage", "featured": "maybe"},
        {"type": "news.NotAType"},
        {"limit": "abc"},
        {"offset": "-1"},
    ],
)
def test_bad_listing_parameters_are_problem_json_not_500(tree, api_client, params):
    response = api_client.get("/api/v3/pages/", params)
    assert response.status_code in {400, 422}
    assert response["Content-Type"] == PROBLEM_JSON
    assert response.json()["status"] == response.status_code


def test_limit_above_the_maximum_is_400(tree, api_client, settings):
    settings.WAGTAILAPI_LIMIT_MAX = 100
    response = api_client.get("/api/v3/pages/", {"limit": 101})
    assert response.status_code == 400
    assert "100" in response.json()["detail"]


def test_unknown_page_is_404_problem_json(tree, api_client):
    response = api_client.get("/api/v3/pages/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM_JSON


def test_public_snippet_listings(tree, api_client):
    topics = api_client.get("/api/v3/topics/").json()
    assert [t["name"] for t in topics["items"]] == ["Kultur", "Trafik"]
    audiences = api_client.get("/api/v3/audiences/", {"locale": "da"}).json()
    assert [a["slug"] for a in audiences["items"]] == ["boern", "seniorer"]
    contacts = api_client.get("/api/v3/contacts/").json()
    assert contacts["items"][0]["role"] == "Kultur og Fritid"


def test_snippet_listing_with_unknown_locale_is_404(tree, api_client):
    response = api_client.get("/api/v3/topics/", {"locale": "xx"})
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM_JSON


def test_openapi_document_describes_page_types_and_project_endpoints(db, api_client):
    response = api_client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    doc = response.json()

    occurrences = doc["paths"]["/api/v3/activities/occurrences/"]["get"]
    params = {p["name"] for p in occurrences["parameters"]}
    assert {"from", "to", "audience", "organiser", "facility", "free", "limit", "offset"} <= params
    for path in ["/api/v3/topics/", "/api/v3/audiences/", "/api/v3/preview/", "/api/v3/pages/"]:
        assert path in doc["paths"]

    schemas = doc["components"]["schemas"]
    article = schemas["NewsArticlePageSchema"]["properties"]
    assert {"summary", "image", "topics", "featured", "body", "contact"} <= set(article)
    activity = schemas["ActivityPageSchema"]["properties"]
    assert {"start", "end", "facility", "organiser", "audiences", "is_free"} <= set(activity)
    image = schemas["PageImageSchema"]["properties"]
    assert {"alt", "web_small", "web_large", "screen_landscape", "screen_portrait"} <= set(image)
    renovation = schemas["RenovationProjectPageSchema"]["properties"]
    assert {"status", "expected_end", "updates", "disruptions"} <= set(renovation)
    assert {"name", "slug"} <= set(schemas["TopicSchema"]["properties"])


def test_interactive_docs_are_served(db, api_client):
    assert api_client.get("/api/v3/docs/").status_code == 200


def test_rich_text_source_is_not_leaked_for_stream_blocks(tree, api_client):
    tree.article.body = [
        ("paragraph", RichText(f'<p><a linktype="page" id="{tree.weekly.pk}">x</a></p>'))
    ]
    tree.article.save_revision().publish()
    body = api_client.get(f"/api/v3/pages/{tree.article.pk}/").json()["body"]
    assert 'href="/aktiviteter/petanque-for-begyndere/"' in body[0]["value"]


def test_page_listing_only_returns_one_locale_when_asked(tree, api_client):
    ids = listed_ids(api_client, type="activities.ActivityPage", locale="da")
    assert ids == {tree.weekly.pk, tree.concert.pk}


def test_every_project_page_type_exposes_fields_beyond_the_title(db, api_client):
    from wagtail.api import APIField
    from wagtail.models import get_page_models

    from core.models import BasePage

    page_types = [model for model in get_page_models() if issubclass(model, BasePage)]
    assert len(page_types) >= 14
    for model in page_types:
        fields = APIField.get_fields_for_model(model)
        assert fields, f"{model._meta.label} declares no api_fields"

    schemas = api_client.get("/api/v3/openapi.json").json()["components"]["schemas"]
    for model in page_types:
        properties = schemas[f"{model._meta.object_name}Schema"]["properties"]
        for field in APIField.get_fields_for_model(model):
            assert field.name in properties, (model, field.name)
