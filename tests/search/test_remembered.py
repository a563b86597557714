"""Search keeps some answers in the cache (core.page_cache.remembered): hidden page ids and
title words. With the page cache on, hiding a page in any way must still take it out at once."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone

from activities.factories import ActivityPageFactory
from tests.search.conftest import reindex
from tests.visibility import HIDDEN as HIDERS


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def api(client, query):
    return client.get("/api/v3/search/", {"q": query}).json()


@pytest.mark.parametrize("hide", HIDERS.values(), ids=HIDERS.keys())
def test_a_page_hidden_after_a_search_is_not_found_by_the_next_one(
    client, site, page_cache_on, hide
):
    page = ActivityPageFactory(
        parent=site.activity_index, title="Vinterbadning ved Strandparken", slug="vinterbadning"
    )
    reindex(page)
    assert [hit["title"] for hit in api(client, "vinterbadning")["items"]] == [page.title]
    assert api(client, "vinterbadnig")["did_you_mean"] == "vinterbadning"

    hide(page)

    assert api(client, "vinterbadning")["count"] == 0
    assert api(client, "vinterbadnig")["did_you_mean"] is None
    assert api(client, "vinterbad")["items"] == []


def test_a_page_whose_expiry_passes_leaves_the_results_when_it_passes(
    client, site, page_cache_on, monkeypatch
):
    now = timezone.now()
    site.association.expire_at = now + dt.timedelta(hours=1)
    site.association.save_revision().publish()
    assert api(client, "petanque")["count"] == 1

    monkeypatch.setattr(timezone, "now", lambda: now + dt.timedelta(hours=1, minutes=1))

    assert api(client, "petanque")["count"] == 0
