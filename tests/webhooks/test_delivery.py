"""Publishing → queue → db_worker → a signed POST to a real receiver on loopback, and retries."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.webhooks.conftest import publish, run_worker, subscribe
from tests.webhooks.receiver import Receiver, free_port
from webhooks import backoff
from webhooks.models import Delivery


def test_publishing_only_queues_and_the_worker_delivers_a_signed_message(
    draft_article, django_capture_on_commit_callbacks
):
    with Receiver() as receiver:
        subscription = subscribe(receiver.url)
        receiver.secrets = [subscription.secret]
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        # Publishing wrote the delivery and queued it; nothing was sent in the request.
        assert receiver.received == []
        assert DBTaskResult.objects.filter(queue_name="webhooks", status="READY").count() == 1

        run_worker()

    assert len(receiver.received) == 1
    headers, _body, verified, message = receiver.received[0]
    assert verified
    assert headers["webhook-id"].startswith("msg_")
    assert message["type"] == "page.published"
    assert message["data"] == {
        "type": "news.NewsArticlePage",
        "id": draft_article.pk,
        "locale": "da",
        "url": draft_article.get_full_url(),
        "api_url": f"http://localhost/api/v3/pages/{draft_article.pk}/",
        "event": "published",
    }
    # Danish time with its offset, like the rest of the API.
    assert message["timestamp"][-6:] in {"+01:00", "+02:00"}
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.DELIVERED
    attempt = delivery.attempt_log.get()
    assert (attempt.number, attempt.status_code, attempt.succeeded) == (1, 204, True)
    assert attempt.latency_ms is not None


def test_the_payload_names_the_page_and_carries_none_of_its_content(
    news_index, django_capture_on_commit_callbacks
):
    from news.factories import NewsArticlePageFactory

    article = NewsArticlePageFactory(
        parent=news_index,
        title="Ny legeplads",
        summary="Kontakt Jens Hansen på 12345678 eller jens@example.org",
        live=False,
    )
    with Receiver() as receiver:
        receiver.secrets = [subscribe(receiver.url).secret]
        with django_capture_on_commit_callbacks(execute=True):
            publish(article)
        run_worker()
    body = receiver.received[0][1].decode()
    for personal in ("Jens", "12345678", "jens@example.org", "Ny legeplads"):
        assert personal not in body


def test_receiver_down_is_logged_and_retried_until_it_is_back(
    draft_article, django_capture_on_commit_callbacks
):
    port = free_port()
    subscription = subscribe(f"http://127.0.0.1:{port}/hooks/vcms")
    with django_capture_on_commit_callbacks(execute=True):
        publish(draft_article)
    before = timezone.now()
    run_worker()

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.RETRYING
    assert delivery.attempts == 1
    assert delivery.attempt_log.get().error.startswith("Connection failed")
    # The retry waits the first step of the schedule, give or take the jitter.
    assert before + dt.timedelta(seconds=23) < delivery.next_attempt_at
    assert delivery.next_attempt_at < timezone.now() + dt.timedelta(seconds=37)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == delivery.next_attempt_at

    run_worker()  # not due yet: nothing happens
    assert Delivery.objects.get().attempts == 1

    with Receiver(secrets=[subscription.secret], port=port) as receiver:
        # The clock reaches the retry.
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        run_worker()

    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.DELIVERED
    assert [(a.number, a.status_code) for a in delivery.attempt_log.all()] == [
        (1, None),
        (2, 204),
    ]
    assert len(receiver.received) == 1 and receiver.received[0][2]


@pytest.mark.parametrize(
    ("mode", "status_code", "error"),
    [
        ("error", 500, ""),
        ("slow", None, "Timeout"),
        ("redirect", 307, "Redirect not followed (Location: http://169.254.169.254/"),
    ],
)
def test_a_failing_target_is_logged_and_retried(
    draft_article, django_capture_on_commit_callbacks, mode, status_code, error
):
    with Receiver() as receiver:
        receiver.secrets = [subscribe(receiver.url).secret]
        receiver.mode, receiver.delay = mode, 2.5
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()

    delivery = Delivery.objects.get()
    attempt = delivery.attempt_log.get()
    assert attempt.status_code == status_code
    assert attempt.error.startswith(error)
    assert delivery.status == Delivery.Status.RETRYING
    assert DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now()).count() == 1
    # The redirect was not followed: the receiver saw one request.
    assert len(receiver.received) == 1


def test_the_last_failed_attempt_gives_up_and_keeps_the_log(
    draft_article, django_capture_on_commit_callbacks
):
    subscribe(f"http://127.0.0.1:{free_port()}/")
    with django_capture_on_commit_callbacks(execute=True):
        publish(draft_article)
    for _ in range(backoff.MAX_ATTEMPTS):
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        run_worker()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.attempts == backoff.MAX_ATTEMPTS
    assert not DBTaskResult.objects.filter(status="READY").exists()


@pytest.mark.parametrize("draw", ["shortest", "longest"])
def test_retries_span_more_than_a_day_with_growing_waits(monkeypatch, draw):
    # Pin the jitter to either end of its range: even the shortest draw must span a day.
    monkeypatch.setattr(backoff._random, "uniform", min if draw == "shortest" else max)
    waits = [backoff.delay_after(n) for n in range(1, backoff.MAX_ATTEMPTS)]
    assert sum(waits, dt.timedelta()) > dt.timedelta(hours=24)
    assert waits == sorted(waits)
    monkeypatch.undo()
    assert backoff.delay_after(backoff.MAX_ATTEMPTS) is None
    # Jitter: the same step does not always wait exactly as long.
    assert len({backoff.delay_after(1) for _ in range(20)}) > 1
