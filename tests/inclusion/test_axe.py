"""#18.6 axe-core (WCAG 2.1 A/AA) on a page with its easy-read version and the read-aloud controls."""

import pytest

from tests.inclusion.test_read_aloud_browser import EASY, FAKE_SPEECH

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def article(transactional_db):
    from home.factories import home_for_default_site
    from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

    home = home_for_default_site(title="Vallensbæk Kommune")
    index = NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")
    page = NewsArticlePageFactory(
        parent=index, title="Ny legeplads i Strandparken", slug="legeplads", easy_read=EASY
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("state", ["idle", "reading"])
@pytest.mark.parametrize("path", ["/nyheder/legeplads/", "/nyheder/legeplads/?version=let"])
def test_axe_finds_nothing_with_the_easy_version_and_read_aloud(
    browser, article, live_server, path, state
):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    page.goto(live_server.url + path)
    play = page.get_by_role("button", name="Læs op")
    play.wait_for()
    if state == "reading":
        play.click()
        assert play.get_attribute("aria-pressed") == "true"

    response = (
        Axe()
        .run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        .response
    )
    context.close()

    assert response["violations"] == [], [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in response["violations"]
    ]
