"""A published site with news and activities, and one of each kind the public must not see."""

import pytest

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from core.factories import TopicFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from tests.visibility import HIDDEN


@pytest.fixture
def home(db):
    return build_home()


def build_home():
    return home_for_default_site(slug="forside-feeds")


def hide(page, how: str):
    """Make ``page`` something no public output may list (``tests.visibility``)."""
    return HIDDEN[how](page)


HIDDEN_KINDS = list(HIDDEN)


@pytest.fixture
def news(home):
    return build_news(home)


def build_news(home):
    """The pages and topics of :func:`news` (needs database access)."""
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    culture = TopicFactory(name="Kultur", slug="kultur")
    traffic = TopicFactory(name="Trafik", slug="trafik")
    visible = NewsArticlePageFactory(parent=index, title="Ny koncertsal", slug="koncertsal")
    visible.topics.set([culture])
    visible.save_revision().publish()
    road = NewsArticlePageFactory(parent=index, title="Vejarbejde på Vejlevej", slug="vej")
    road.topics.set([traffic])
    road.save_revision().publish()
    hidden = {}
    for kind in HIDDEN_KINDS:
        article = NewsArticlePageFactory(
            parent=index, title=f"Skjult nyhed {kind}", slug=f"skjult-{kind}"
        )
        article.topics.set([culture])
        article.save_revision().publish()
        hidden[kind] = hide(article, kind)
    return {"index": index, "culture": culture, "visible": visible, "road": road, **hidden}


@pytest.fixture
def activity_index(home):
    return ActivityIndexPageFactory(parent=home, slug="aktiviteter")


@pytest.fixture
def hidden_activities(activity_index):
    return {
        kind: hide(
            ActivityPageFactory(
                parent=activity_index, title=f"Skjult aktivitet {kind}", slug=f"skjult-{kind}"
            ),
            kind,
        )
        for kind in HIDDEN_KINDS
    }
