"""The home page's self-updating listings: public content only, in the page's own language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from core.factories import set_default_site_root
from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from renovations.models import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    home = HomePageFactory(
        body=[("latest_news", {"heading": "Seneste nyheder", "count": 5})],
    )
    set_default_site_root(home)
    return home


def test_latest_news_lists_live_articles_newest_first(client, home):
    index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=index, title="Ældre nyhed", date="2026-01-01")
    NewsArticlePageFactory(parent=index, title="Nyeste nyhed", date="2026-02-01")
    NewsArticlePageFactory(parent=index, title="Kladde om budget", live=False)

    html = client.get("/").content.decode()

    assert "Seneste nyheder" in html
    assert html.index("Nyeste nyhed") < html.index("Ældre nyhed")
    assert "Kladde om budget" not in html


def test_a_featured_article_listed_first_is_marked_as_featured(client, home):
    index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=index, title="Nyeste nyhed", date="2026-02-01")
    NewsArticlePageFactory(parent=index, title="Fremhævet ældre", date="2026-01-01", featured=True)

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    cards = [
        (card.h3.get_text(strip=True), card.select_one(".card__label") is not None)
        for card in soup.select(".listing--news .card")
    ]

    assert cards == [("Fremhævet ældre", True), ("Nyeste nyhed", False)]
    assert soup.select_one(".card--featured .card__label").get_text() == "Fremhævet"


def test_danish_home_does_not_list_english_articles(client, home):
    index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=index, title="Ny cykelsti langs Vejlegårdsvej")
    english = Locale.objects.get_or_create(language_code="en")[0]
    home.copy_for_translation(english)
    index.copy_for_translation(english)
    translated = article.copy_for_translation(english)
    translated.title = "New cycle path along Vejlegårdsvej"
    translated.save_revision().publish()

    html = client.get("/").content.decode()

    assert "Ny cykelsti langs Vejlegårdsvej" in html
    assert "New cycle path" not in html


# The lists come from the apps that own the content (news_tags, activity_tags,
# renovation_tags); these check each block still shows public content only.


@pytest.fixture
def home_with_every_listing():
    home = HomePageFactory(
        body=[
            ("upcoming_activities", {"heading": "Det sker", "count": 5}),
            ("current_renovations", {"heading": "Byggeri lige nu", "count": 5}),
        ],
    )
    set_default_site_root(home)
    return home


def publish(page):
    page.save_revision().publish()
    return page


def test_upcoming_activities_lists_public_activities_only(client, home_with_every_listing):
    index = ActivityIndexPageFactory(parent=home_with_every_listing)
    publish(ActivityPageFactory(parent=index, title="Fællessang på biblioteket"))
    publish(ActivityPageFactory(parent=index, title="Hemmelig generalprøve")).unpublish()

    html = client.get("/").content.decode()

    assert "Det sker" in html
    assert "Fællessang på biblioteket" in html
    assert "Hemmelig generalprøve" not in html


def test_current_renovations_lists_projects_under_way(client, home_with_every_listing):
    index = RenovationIndexPageFactory(parent=home_with_every_listing)
    publish(RenovationProjectPageFactory(parent=index, title="Nyt tag på Pilehaveskolen"))
    publish(
        RenovationProjectPageFactory(
            parent=index, title="Ny belysning i hallen", status=Status.COMPLETED
        )
    )

    html = client.get("/").content.decode()

    assert "Byggeri lige nu" in html
    assert "Nyt tag på Pilehaveskolen" in html
    assert "Ny belysning i hallen" not in html
