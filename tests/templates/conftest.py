"""A small published tree for template tests, built with plain model calls.

Kept independent of the app factories so these tests only break when templates do.
"""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage


def add_page(parent: Page, page: Page, *, live: bool = True, in_menu: bool = False) -> Page:
    page.live = live
    page.show_in_menus = in_menu
    parent.add_child(instance=page)
    return page


@pytest.fixture
def home(db) -> HomePage:
    """A home page served at "/" by the default site."""
    page = add_page(
        Page.get_first_root_node(),
        HomePage(title="Forside", slug="forside-tpl", hero_title="Velkommen til Vallensbæk"),
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = page
    site.hostname = "localhost"
    site.save()
    return page


@pytest.fixture
def news_index(home) -> NewsIndexPage:
    return add_page(home, NewsIndexPage(title="Nyheder", slug="nyheder"), in_menu=True)


@pytest.fixture
def make_article(news_index):
    def make(n: int, parent=None, **kwargs) -> NewsArticlePage:
        fields = {
            "title": f"Nyhed nummer {n}",
            "slug": f"nyhed-{n}",
            "summary": f"Resumé {n}",
            "date": dt.date(2026, 1, 1) + dt.timedelta(days=n),
            "body": [],
        }
        fields.update(kwargs)
        live = fields.pop("live", True)
        return add_page(parent or news_index, NewsArticlePage(**fields), live=live)

    return make


@pytest.fixture
def private_page(home) -> StandardPage:
    page = add_page(
        home, StandardPage(title="Kun for ansatte", slug="ansatte", summary="x"), in_menu=True
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def expired_page(home) -> StandardPage:
    page = StandardPage(title="Udløbet side", slug="udloebet", summary="x")
    page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    return add_page(home, page, in_menu=True)
