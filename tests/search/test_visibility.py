"""Nothing a visitor may not open ever shows up in search: page, API or autocomplete."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.visibility import HIDDEN as HIDERS
from tests.visibility import make_restricted


def _titles_on_search_page(client, query):
    html = client.get("/soeg/", {"q": query}).content.decode()
    return html


@pytest.mark.parametrize("hide", HIDERS.values(), ids=HIDERS.keys())
def test_hidden_pages_are_not_found_anywhere(client, site, hide):
    hide(site.association)

    page_html = client.get("/soeg/", {"q": "petanque"}).content.decode()
    api = client.get("/api/v3/search/", {"q": "petanque"}).json()
    suggestions = client.get("/api/v3/search/autocomplete/", {"q": "petan"}).json()

    assert "Vallensbæk Petanqueklub" not in page_html
    assert api["count"] == 0
    assert api["items"] == []
    assert suggestions == []


@pytest.mark.parametrize("hide", HIDERS.values(), ids=HIDERS.keys())
def test_hidden_pages_are_not_found_when_filtering_by_type(client, site, hide):
    hide(site.association)

    api = client.get("/api/v3/search/", {"q": "petanque", "type": "foreninger"}).json()

    assert api["count"] == 0


def test_children_of_a_view_restricted_page_are_hidden_too(client, site):
    make_restricted(site.association_index)

    api = client.get("/api/v3/search/", {"q": "petanque"}).json()

    assert api["count"] == 0


def test_the_same_page_is_found_while_it_is_visible(client, site):
    api = client.get("/api/v3/search/", {"q": "petanque"}).json()
    suggestions = client.get("/api/v3/search/autocomplete/", {"q": "petan"}).json()

    assert [hit["title"] for hit in api["items"]] == ["Vallensbæk Petanqueklub"]
    assert [s["title"] for s in suggestions] == ["Vallensbæk Petanqueklub"]


@pytest.mark.parametrize("hide", HIDERS.values(), ids=HIDERS.keys())
def test_a_promoted_page_that_is_hidden_is_not_promoted(client, site, hide):
    SearchPromotion.objects.create(query=Query.get("tilskud"), page=site.association)
    hide(site.association)

    html = client.get("/soeg/", {"q": "tilskud"}).content.decode()
    api = client.get("/api/v3/search/", {"q": "tilskud"}).json()

    assert "Vallensbæk Petanqueklub" not in html
    assert api["promotions"] == []
