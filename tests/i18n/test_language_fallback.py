"""#14.5: without an English front page, /en/<path> never serves a Danish page as English."""

import pytest

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_danish_page_under_the_english_prefix_redirects_to_its_danish_address(site, client):
    page = StandardPageFactory(parent=site.home, title="Om kommunen", slug="om-kommunen")
    page.save_revision().publish()

    response = client.get("/en/om-kommunen/")

    assert response.status_code == 302
    assert response["Location"] == "/om-kommunen/"
    assert client.get("/om-kommunen/").status_code == 200
