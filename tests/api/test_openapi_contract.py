"""The OpenAPI document is valid, asks no token of public reads, and declares its errors."""

import datetime as dt
import json

import pytest
from openapi_spec_validator import validate
from wagtail.models import Page

from tests.openapi_support import ContractError, check_response

PUBLIC_READS = [
    "/api/v3/pages/",
    "/api/v3/pages/{page_id}/",
    "/api/v3/pages/find/",
    "/api/v3/images/",
    "/api/v3/images/{image_id}/",
    "/api/v3/documents/",
    "/api/v3/documents/{document_id}/",
    "/api/v3/activities/occurrences/",
    "/api/v3/topics/",
    "/api/v3/screens/{key}/feed/",
]


@pytest.fixture
def served(db, api_client):
    response = api_client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_served_document_is_valid_openapi(served):
    validate(served)  # raises with the first error otherwise


def test_public_reads_need_no_token(served):
    assert "AllowAnonymous" not in served["components"].get("securitySchemes", {})
    for path in PUBLIC_READS:
        security = served["paths"][path]["get"].get("security")
        assert security is None or {} in security, path
    # Writes still need one.
    assert served["paths"]["/api/v3/pages/"]["post"]["security"] == [{"BearerTokenAuth": []}]


def test_request_bodies_carry_no_object_default(served):
    for path in ("copy", "unpublish", "create_alias"):
        operation = served["paths"][f"/api/v3/pages/{{page_id}}/actions/{path}/"]["post"]
        for media in operation["requestBody"]["content"].values():
            assert "default" not in media["schema"], path


def test_no_operation_has_a_path_parameter_without_values(served):
    for path, item in served["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                assert schema.get("const") != "" and schema.get("enum") != [], (method, path)


def test_errors_are_declared_as_problem_json(served):
    problem = {"$ref": "#/components/schemas/ProblemDetail"}
    assert set(served["components"]["schemas"]["ProblemDetail"]["required"]) >= {"type", "status"}
    for path, item in served["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            assert "422" in responses, (method, path)
            for status, response in responses.items():
                if status.startswith("4"):
                    assert response["content"] == {"application/problem+json": {"schema": problem}}
    find = served["paths"]["/api/v3/pages/find/"]["get"]["responses"]
    assert {"302", "404"} <= set(find)
    assert {"401", "403"} <= set(served["paths"]["/api/v3/whoami/"]["get"]["responses"])


def test_images_are_sent_with_their_alt_text_as_the_document_says(tree, api_client, served):
    tree.image.description = "Gynger og sandkasse i Strandparken"
    tree.image.save()
    listing = api_client.get("/api/v3/images/").json()["items"]
    assert [item["alt"] for item in listing if item["id"] == tree.image.pk] == [
        "Gynger og sandkasse i Strandparken"
    ]
    detail = api_client.get(f"/api/v3/images/{tree.image.pk}/").json()
    assert detail["alt"] == "Gynger og sandkasse i Strandparken"
    image = served["components"]["schemas"]["ImageSchema"]
    assert "alt" in image["required"]
    # Pages keep their own image shape (alt where used, renditions), under its own name.
    assert "web_small" in served["components"]["schemas"]["PageImageSchema"]["properties"]


def test_a_find_redirect_and_unknown_page_match_the_document(tree, api_client):
    found = api_client.get("/api/v3/pages/find/", {"html_path": tree.article.url})
    assert found.status_code == 302
    missing = api_client.get("/api/v3/pages/999999/")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


class FakeResponse:
    def __init__(self, status, body, content_type="application/json"):
        self.status_code = status
        self.content = json.dumps(body).encode()
        self.headers = {"Content-Type": content_type}

    def get(self, name, default=None):
        return self.headers.get(name, default)


def test_the_checker_fails_on_a_body_the_document_does_not_describe(db):
    page = Page.objects.first()
    with pytest.raises(ContractError, match="count"):
        check_response("GET", "/api/v3/pages/", FakeResponse(200, {"items": []}))
    with pytest.raises(ContractError, match="not declared"):
        check_response("GET", "/api/v3/topics/", FakeResponse(418, {}))
    with pytest.raises(ContractError, match="declared"):
        check_response(
            "GET", f"/api/v3/pages/{page.pk}/", FakeResponse(404, {"detail": "x"}, "text/html")
        )
    check_response(
        "GET",
        "/api/v3/topics/",
        FakeResponse(
            422, {"type": "about:blank", "title": "x", "status": 422}, "application/problem+json"
        ),
    )


def _pointer(document, expression: str):
    """The value a ``$response.body#/…`` runtime expression names in ``document``."""
    value = document
    for part in expression.removeprefix("$response.body#/").split("/"):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


@pytest.mark.django_db
def test_following_the_links_opens_what_the_listing_named(served, api_client):
    """Each declared link from a public listing leads, with a real response's value, to a
    200 on its target (schemathesis' stateful phase relies on them)."""
    from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
    from core.factories import TopicFactory
    from home.factories import home_for_default_site
    from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

    home = home_for_default_site()
    NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home))
    ActivityPageFactory(parent=ActivityIndexPageFactory(parent=home)).sync_occurrences()
    TopicFactory(name="Kultur", slug="kultur")
    served = json.loads(api_client.get("/api/v3/openapi.json").content)

    operations = {
        op["operationId"]: (path, op)
        for path, item in served["paths"].items()
        for method, op in item.items()
        if method == "get"
    }
    followed = []
    for source, (path, operation) in operations.items():
        links = operation["responses"]["200"].get("links", {})
        if not links or "{" in path:
            continue
        # The occurrences want a date range; the factory's activity is next week.
        today = dt.date.today()
        query = {"from": today, "to": today + dt.timedelta(days=30)}
        body = json.loads(api_client.get(path, query if "occurrences" in path else {}).content)
        for name, link in links.items():
            target_path, target = operations[link["operationId"]]
            if {} not in (target.get("security") or [{}]):
                continue  # needs a token
            try:
                values = {
                    key: _pointer(body, value) if value.startswith("$response") else value
                    for key, value in link["parameters"].items()
                }
            except (IndexError, KeyError):
                continue  # an empty listing names nothing
            in_path = {p["name"] for p in target["parameters"] if p["in"] == "path"}
            url = target_path.format(**{k: v for k, v in values.items() if k in in_path})
            query = {k: v for k, v in values.items() if k not in in_path}
            response = api_client.get(url, query)
            assert response.status_code == 200, (source, name, url, response.content[:300])
            followed.append(f"{source}.{name}")
    assert {"news_list.FirstArticle", "activities_list.FirstActivity"} <= set(followed)
    assert "activities_occurrences.FirstOccurrenceActivity" in followed
    assert "pages_list.FirstPage" in followed
