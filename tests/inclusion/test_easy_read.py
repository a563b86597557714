"""#18.6 "Let dansk": the easy-read version on the page, in the API, cached and hidden like its page."""

import pytest
from bs4 import BeautifulSoup

from core.models.easy_read import EASY_READ_LIX_TARGET
from core.readability_admin import lix_config
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from tests.visibility import HIDDEN

pytestmark = pytest.mark.django_db

EASY = "<p>Vi bygger en ny legeplads. Den ligger i Strandparken. Den åbner snart.</p>"


@pytest.fixture
def news_index(db):
    home = home_for_default_site(slug="forside-let")
    return NewsIndexPageFactory(parent=home, slug="nyheder")


@pytest.fixture
def article(news_index):
    page = NewsArticlePageFactory(parent=news_index, slug="legeplads", easy_read=EASY)
    page.save_revision().publish()
    return page


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_offers_the_easy_version_and_serves_it(client, article):
    page = soup(client.get("/nyheder/legeplads/"))
    link = page.find("a", string="Læs let version")
    assert link["href"] == "/nyheder/legeplads/?version=let"
    assert "Legepladsen får gynger og sandkasse." in page.main.get_text()

    easy = soup(client.get(link["href"]))
    article_text = easy.main.article.get_text(" ", strip=True)
    assert "Den ligger i Strandparken." in article_text
    assert "Let dansk" in article_text
    # The easy version replaces the standard text and links back to it.
    assert "Legepladsen får gynger og sandkasse." not in easy.main.get_text()
    back = easy.find("a", string="Læs den almindelige version")
    assert back["href"] == "/nyheder/legeplads/"
    assert easy.title.get_text().startswith(f"{article.title} (let dansk)")


def test_a_page_without_an_easy_version_offers_no_link(client, news_index):
    NewsArticlePageFactory(parent=news_index, slug="uden").save_revision().publish()

    plain = soup(client.get("/nyheder/uden/"))
    asked = soup(client.get("/nyheder/uden/?version=let"))

    assert plain.find("a", string="Læs let version") is None
    # ?version=let on such a page shows the standard page, not an empty one.
    assert "Legepladsen får gynger og sandkasse." in asked.main.get_text()


@pytest.mark.parametrize(
    "factory",
    [GuidePageFactory, RenovationProjectPageFactory],
    ids=["guide", "renovation"],
)
def test_guides_and_renovation_projects_have_an_easy_version_too(client, factory):
    home = home_for_default_site(slug="forside-let")
    parent_factory = {
        GuidePageFactory: GuideIndexPageFactory,
        RenovationProjectPageFactory: RenovationIndexPageFactory,
    }[factory]
    section = parent_factory(parent=home, slug="sektion")
    page = factory(parent=section, slug="side", easy_read=EASY)
    page.save_revision().publish()

    standard = soup(client.get("/sektion/side/"))
    easy = soup(client.get("/sektion/side/?version=let"))

    assert standard.find("a", string="Læs let version") is not None
    assert "Den åbner snart." in easy.main.article.get_text()


def test_the_api_has_the_easy_version(client, article):
    data = client.get(f"/api/v3/pages/{article.pk}/").json()

    assert "Den ligger i Strandparken." in data["easy_read"]


@pytest.mark.parametrize("hide", HIDDEN.values(), ids=HIDDEN.keys())
def test_the_easy_version_of_a_hidden_page_is_not_shown(client, article, hide):
    hide(article)

    response = client.get("/nyheder/legeplads/?version=let")

    # 404, the login redirect, or the password form: never the easy-read text.
    assert response.status_code in (200, 302, 404), response.status_code
    assert b"Den ligger i Strandparken." not in response.content


def test_the_page_cache_keeps_the_two_versions_apart(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/nyheder/legeplads/")
    client.get("/nyheder/legeplads/?version=let")

    standard = client.get("/nyheder/legeplads/?utm_source=nyhedsbrev")
    easy = client.get("/nyheder/legeplads/?version=let&utm_source=nyhedsbrev")

    assert standard["X-Page-Cache"] == "hit" and easy["X-Page-Cache"] == "hit"
    assert b"Den ligger i Strandparken." in easy.content
    assert b"Den ligger i Strandparken." not in standard.content


def test_a_junk_version_value_gets_no_cache_entry_of_its_own(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/nyheder/legeplads/?version=xyz")

    again = client.get("/nyheder/legeplads/?version=xyz")

    assert again.get("X-Page-Cache") != "hit"
    assert b"Legepladsen f\xc3\xa5r gynger" in again.content


def test_the_editor_meter_shows_the_easy_read_target(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    page = soup(response)

    assert page.select_one('[data-contentpath="easy_read"]') is not None
    config = lix_config()
    assert "easy_read" in config["fields"]
    assert config["targets"]["easy_read"] == EASY_READ_LIX_TARGET == 30
    assert "LIX %(target)s" in config["target"]
