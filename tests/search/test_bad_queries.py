"""Whatever is typed into the search box, the answer is a page or a clear 400, never a 500."""

import pytest
from bs4 import BeautifulSoup

from tests.db_support import as_namespace, kept_fixture
from tests.search.conftest import build_site

pytestmark = pytest.mark.django_db


# The conftest's site, built once for the module: its tests only search it.
_site_ids, site = kept_fixture("site", lambda: vars(build_site()), as_namespace)


BAD_QUERIES = {
    "empty": "",
    "blank": "   \t ",
    "ten_thousand_chars": "forening " * 1111 + "x",
    "only_punctuation": "?!.,;:-_()[]{}<>\"'*&%$#@^~`|\\/",
    "sql_injection": "'; DROP TABLE wagtailcore_page; --",
    "sql_or_true": "' OR '1'='1",
    "elasticsearch_query_string": 'title:forening AND (body:"x" OR NOT y*) ~2 ^3',
    "fts5_syntax": 'NEAR(forening tilskud, 2) AND "foreningerne OR',
    "postgres_tsquery": "forening & !tilskud | (a <-> b):*",
    "unbalanced_quotes": '"forening',
    "unbalanced_brackets": "((forening",
    "null_byte": "forening\x00tilskud",
    "emoji_and_rtl": "🏠 مرحبا forening",
}


@pytest.mark.parametrize("query", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_search_page_answers_every_query(client, site, query):
    response = client.get("/soeg/", {"q": query, "page": "2"})

    assert response.status_code == 200
    assert 'role="status"' in response.content.decode() or not query.strip()


@pytest.mark.parametrize("query", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_search_api_answers_every_query_with_results_or_a_message(client, site, query):
    response = client.get("/api/v3/search/", {"q": query})

    # 400/422 come from the search itself or from the API's input guard (core.api.guard).
    assert response.status_code in (200, 400, 422)
    body = response.json()
    if response.status_code != 200:
        assert body["detail"]
    else:
        assert isinstance(body["items"], list)


@pytest.mark.parametrize("query", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_autocomplete_answers_every_query(client, site, query):
    response = client.get("/api/v3/search/autocomplete/", {"q": query})

    assert response.status_code in (200, 400, 422)
    if response.status_code != 200:
        assert response.json()["detail"]


def test_empty_and_too_long_queries_are_explained_by_the_api(client, site):
    empty = client.get("/api/v3/search/", {"q": " "})
    long = client.get("/api/v3/search/", {"q": "a" * 201})

    assert empty.status_code == 400
    assert "q" in empty.json()["detail"]
    # The API's one limit on search text (core.api.guard).
    assert long.status_code == 422
    assert "200" in long.json()["detail"]


def test_query_syntax_is_searched_as_plain_words(client, site):
    # The words still count: syntax around "petanque" neither breaks nor changes the search.
    body = client.get("/api/v3/search/", {"q": '"petanque* AND ('}).json()

    assert [hit["title"] for hit in body["items"]] == ["Vallensbæk Petanqueklub"]


def test_a_long_query_on_the_page_is_cut_and_still_searched(client, site):
    response = client.get("/soeg/", {"q": "petanque " + "x" * 10_000})

    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.find("input", id="search-page-query")["value"]) == 200
    assert soup.find(attrs={"role": "status"}).get_text().startswith("0 ")
