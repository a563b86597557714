"""The home page's self-updating listings show the page's own language only."""

import pytest
from wagtail.models import Locale

from core.factories import set_default_site_root
from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

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
