"""The bench renders one page of every page type (issue #20: "every uncached page type")."""

import pytest
from wagtail.models import Locale, Page, PageViewRestriction

from bench.dbsetup import RENDERED_ON_THEIR_OWN, page_type_urls
from bench.run import UNCACHED_COOKIE, page_type_scenario, scale_plan

pytestmark = pytest.mark.django_db


def test_every_page_type_of_the_demo_gets_a_scenario_that_renders(seeded, client):
    urls = page_type_urls()
    danish = Locale.get_default()
    present = {
        page.specific_class._meta.label
        for page in Page.objects.live().public().filter(depth__gt=1, locale=danish)
    }

    assert set(urls) == present - RENDERED_ON_THEIR_OWN
    assert len(urls) >= 15  # the demo has every type; a seed that lost some would show here
    for label, page in urls.items():
        response = client.get(page["url"], HTTP_COOKIE=UNCACHED_COOKIE)
        assert response.status_code == 200, (label, page["url"])


def test_a_private_or_draft_page_is_never_the_one_measured(seeded):
    from guides.models import GuidePage

    guides = GuidePage.objects.filter(locale=Locale.get_default()).order_by("-pk")
    private, draft = guides[0], guides[1]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft.unpublish()

    chosen = page_type_urls()["guides.GuidePage"]["url"]

    assert chosen not in (private.url, draft.url)
    assert chosen in {page.url for page in GuidePage.objects.live().public()}


def test_each_page_type_is_planned_under_load_and_with_one_client():
    facts = {
        "news_url": "/n/",
        "activity_index_url": "/a/",
        "news_index_id": 1,
        "news_article_id": 2,
        "page_type_urls": {"guides.GuidePage": {"url": "/g/", "name": "guide"}},
    }

    plan = scale_plan(facts)

    name = page_type_scenario("guides.GuidePage")
    assert plan[name]["path"] == "/g/" and plan[name]["unique"]
    assert plan[name]["headers"] == {"Cookie": UNCACHED_COOKIE}
    assert plan[f"{name}_1c"]["connections"] == 1


def test_the_quick_probe_renders_every_page_type_and_counts_its_queries(seeded):
    from bench.page_types import measure

    rows = measure(repeat=1)

    assert set(rows) == set(page_type_urls())
    assert {row["status"] for row in rows.values()} == {200}
    assert all(row["queries"] > 0 and row["bytes"] > 1000 for row in rows.values())
