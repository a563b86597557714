"""Which page changes produce a message, for whom, and that non-public pages never do."""

import datetime as dt

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsIndexPage
from tests.webhooks.conftest import publish, subscribe
from webhooks.models import Delivery


def events():
    return [(d.event, d.page_id) for d in Delivery.objects.order_by("pk")]


def test_a_draft_produces_no_message(draft_article):
    subscribe("http://127.0.0.1:9/")
    draft_article.title = "Stadig en kladde"
    draft_article.save_revision()
    assert events() == []


def test_a_future_scheduled_page_produces_no_message_until_it_goes_live(draft_article):
    subscribe("http://127.0.0.1:9/")
    draft_article.go_live_at = timezone.now() + dt.timedelta(days=2)
    draft_article.save_revision().publish()
    assert events() == []


def test_a_private_page_produces_no_message(draft_article):
    PageViewRestriction.objects.create(
        page=draft_article.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    subscribe("http://127.0.0.1:9/")
    publish(draft_article)
    draft_article.unpublish()
    assert events() == []


def test_a_page_that_becomes_private_is_announced_as_unpublished_and_back(
    draft_article, django_capture_on_commit_callbacks
):
    publish(draft_article)
    subscribe("http://127.0.0.1:9/")
    index = draft_article.get_parent()
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    assert events() == [("unpublished", index.pk), ("unpublished", draft_article.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert events()[2:] == [("published", index.pk), ("published", draft_article.pk)]


def test_unpublish_delete_and_move_are_announced(draft_article):
    publish(draft_article)
    other_index = NewsIndexPageFactory(
        parent=draft_article.get_parent().get_parent(), slug="arkiv"
    )
    subscribe("http://127.0.0.1:9/")

    draft_article.move(other_index, pos="last-child")
    draft_article.refresh_from_db()
    moved = Delivery.objects.get(event="moved")
    assert moved.payload["data"]["url"].endswith("/arkiv/ny-legeplads-ved-strandparken/")

    draft_article.unpublish()
    publish(draft_article)
    pk = draft_article.pk
    draft_article.delete()
    # One "deleted", not also the unpublish Wagtail signals for a live page it deletes.
    assert events() == [
        ("moved", pk),
        ("unpublished", pk),
        ("published", pk),
        ("deleted", pk),
    ]


def test_a_subscription_can_ask_for_some_events_page_types_and_a_language(news_index):
    news_types = ContentType.objects.get_for_model(NewsIndexPage)
    index_only = subscribe("http://127.0.0.1:9/a")
    index_only.page_types.set([news_types])
    subscribe("http://127.0.0.1:9/b", on_published=False)
    subscribe("http://127.0.0.1:9/c", locale=Locale.objects.get_or_create(language_code="en")[0])
    subscribe("http://127.0.0.1:9/d")
    switched_off = subscribe("http://127.0.0.1:9/e", active=False)

    article = publish(NewsArticlePageFactory(parent=news_index, live=False))
    publish(news_index)

    wanted = {(d.subscription.target_url, d.page_id) for d in Delivery.objects.all()}
    assert wanted == {
        ("http://127.0.0.1:9/a", news_index.pk),
        ("http://127.0.0.1:9/d", article.pk),
        ("http://127.0.0.1:9/d", news_index.pk),
    }
    assert not switched_off.deliveries.exists()


def test_a_login_restricted_group_page_is_not_announced_when_moved(draft_article, news_index):
    publish(draft_article)
    private = NewsIndexPageFactory(parent=news_index.get_parent(), slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Intern")])
    subscribe("http://127.0.0.1:9/")
    draft_article.move(private, pos="last-child")
    # Moving into a private section: the public page is gone, not moved somewhere hidden.
    assert events() == [("unpublished", draft_article.pk)]
    assert "intern" not in str(Delivery.objects.get().payload)
