"""Publishing → emails: first publish only, never twice, never for what the public cannot see."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory
from renovations.factories import RenovationUpdateFactory
from subscriptions.models import Notice
from tests.subscriptions.conftest import (
    EMAIL,
    committed,
    confirmed,
    new_article,
    publish,
    run_worker,
)
from tests.visibility import make_expired


def subjects(smtp_server, address=EMAIL):
    return [message.subject.strip() for message in smtp_server.messages_to(address)]


def test_a_first_publish_sends_one_email_and_publishing_again_or_saving_sends_none(
    news_index, smtp_server
):
    confirmed(page=news_index)
    article = new_article(news_index, title="Ny legeplads ved Strandparken")
    run_worker()
    assert subjects(smtp_server) == ["Nyt: Ny legeplads ved Strandparken"]

    article.title = "Ny legeplads ved Strandparken åbner i maj"
    publish(article)
    article.save_revision()
    article.save()
    run_worker()
    assert len(smtp_server.received) == 1
    assert Notice.objects.count() == 1


def test_unpublishing_and_publishing_again_does_not_send_again(news_index, smtp_server):
    confirmed(page=news_index)
    article = new_article(news_index, title="Svømmehallen lukker i uge 7")
    run_worker()
    article.unpublish()
    publish(article)
    run_worker()
    assert len(smtp_server.received) == 1


def test_a_topic_subscription_gets_pages_with_that_topic_only(news_index, sport, smtp_server):
    confirmed(topic=sport)
    article = NewsArticlePageFactory(parent=news_index, live=False, title="Ny kunstgræsbane")
    article.topics.add(sport)
    publish(article)
    new_article(news_index, title="Nyt om affaldssortering")
    run_worker()
    assert subjects(smtp_server) == ["Nyt: Ny kunstgræsbane"]


def test_two_matching_subscriptions_make_one_email(news_index, sport, smtp_server):
    confirmed(page=news_index)
    confirmed(topic=sport)
    article = NewsArticlePageFactory(parent=news_index, live=False, title="Ny kunstgræsbane")
    article.topics.add(sport)
    publish(article)
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    assert "Nyheder" in message.body and "Nyheder om Idræt" in message.body
    assert Notice.objects.filter(status=Notice.Status.SENT).count() == 2


def test_a_renovation_subscriber_gets_each_new_update_once(renovation, smtp_server):
    RenovationUpdateFactory(project=renovation, title="Stilladset er sat op")
    publish(renovation)  # an update from before the subscription
    confirmed(page=renovation)
    update = RenovationUpdateFactory(project=renovation, title="Taget er lukket")
    publish(renovation)
    publish(renovation)
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    assert message.subject.strip() == "Nyt: Renoveringer: Pilegårdsskolen: Taget er lukket"
    assert f"#update-{update.pk}" in message.body


def test_a_page_published_before_subscriptions_knew_it_is_not_announced(news_index, smtp_server):
    article = NewsArticlePageFactory(parent=news_index, live=False, title="Gammel nyhed")
    publish(article)
    from subscriptions.models import Announcement

    Announcement.objects.all().delete()  # as on the day the app is deployed
    confirmed(page=news_index)
    publish(article)
    run_worker()
    assert smtp_server.received == []


def test_unconfirmed_and_unsubscribed_subscriptions_get_nothing(news_index, smtp_server):
    subscription = confirmed(page=news_index)
    subscription.status = "pending"
    subscription.save()
    other = confirmed("ole@example.com", page=news_index)
    other.status = "unsubscribed"
    other.save()
    new_article(news_index)
    run_worker()
    assert smtp_server.received == []


def _draft(index):
    article = NewsArticlePageFactory(parent=index, live=False, title="Kladde om budgettet")
    with committed():
        article.save_revision()
    return article


def _private(index):
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    return new_article(index, title="Intern nyhed")


def _future(index):
    article = NewsArticlePageFactory(parent=index, live=False, title="Nyhed i morgen")
    article.go_live_at = timezone.now() + dt.timedelta(days=1)
    return publish(article)


def _expired(index):
    article = NewsArticlePageFactory(parent=index, live=False, title="Udløbet nyhed")
    article.expire_at = timezone.now() - dt.timedelta(minutes=1)
    return publish(article)


@pytest.mark.parametrize("make", [_draft, _private, _future, _expired], ids=lambda f: f.__name__)
def test_hidden_pages_are_never_sent(news_index, smtp_server, make):
    confirmed(page=news_index)
    make(news_index)
    run_worker()
    assert smtp_server.received == []


def test_a_page_hidden_before_the_worker_runs_is_not_sent(news_index, smtp_server):
    confirmed(page=news_index)
    article = new_article(news_index, title="Trukket tilbage")
    make_expired(article)
    run_worker()
    assert smtp_server.received == []
    assert Notice.objects.get().status == Notice.Status.DROPPED


def test_the_weekly_digest_collects_the_week_and_never_repeats(news_index, smtp_server):
    confirmed(page=news_index, frequency="weekly")
    new_article(news_index, title="Ny legeplads ved Strandparken")
    new_article(news_index, title="Nye åbningstider på biblioteket")
    run_worker()
    assert smtp_server.received == []  # weekly: nothing at once

    call_command("send_subscription_digest", verbosity=0)
    (message,) = smtp_server.messages_to(EMAIL)
    assert "2 nye" in message.subject
    assert "Ny legeplads ved Strandparken" in message.body
    assert "Nye åbningstider på biblioteket" in message.body

    call_command("send_subscription_digest", verbosity=0)
    assert len(smtp_server.received) == 1


def test_a_failing_mail_server_keeps_the_notice_for_a_retry(news_index, failing_smtp_server):
    confirmed(page=news_index)
    new_article(news_index, title="Vejarbejde på Vejlebrovej")
    run_worker()
    notice = Notice.objects.get()
    assert notice.status == Notice.Status.PENDING and notice.attempts == 1


def _the_clock_passes_go_live_at(page):
    """What the passing of time does to a scheduled page: its go-live time is now behind us.

    The page row, the waiting revision's content and its approved time all say a minute ago,
    so ``publish_scheduled`` finds it due, as it would at the real time.
    """
    from wagtail.models import Revision

    past = timezone.now() - dt.timedelta(minutes=1)
    (revision,) = Revision.objects.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    type(page).objects.filter(pk=page.pk).update(go_live_at=past)


def test_a_scheduled_page_is_announced_once_when_publish_scheduled_makes_it_live(
    news_index, smtp_server
):
    confirmed(page=news_index)
    article = NewsArticlePageFactory(
        parent=news_index, live=False, title="Vinterbadning ved Strandparken"
    )
    article.go_live_at = timezone.now() + dt.timedelta(hours=2)
    with committed():
        article.save_revision().publish()  # the editor schedules it
    run_worker()
    article.refresh_from_db()
    assert not article.live
    assert subjects(smtp_server) == []  # nothing before it is public

    _the_clock_passes_go_live_at(article)
    with committed():
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    run_worker()
    assert subjects(smtp_server) == ["Nyt: Vinterbadning ved Strandparken"]

    with committed():
        call_command("publish_scheduled")  # the next run of the scheduler finds nothing
    run_worker()
    assert len(smtp_server.received) == 1
