"""The admin: subscriptions with a Danish SSRF error, secret rotation, the log and resend."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.webhooks.conftest import publish, run_worker, subscribe
from tests.webhooks.receiver import Receiver, verify
from webhooks.models import Delivery, Subscription

ADD = "wagtailsnippets_webhooks_subscription:add"


def form_data(**overrides):
    data = {
        "name": "Hovedsitet",
        "target_url": "https://8.8.8.8/hooks",
        "on_published": "on",
        "on_deleted": "on",
        "active": "on",
        "grace_hours": "24",
    }
    data.update(overrides)
    return data


@pytest.fixture
def danish_admin(admin_client):
    admin_client.cookies["django_language"] = "da"
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "da"
    return admin_client


def test_an_editor_adds_a_subscription_with_a_generated_secret(danish_admin, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    response = danish_admin.post(reverse(ADD), form_data())
    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.secret.startswith("whsec_") and len(subscription.secret) > 40
    assert (subscription.on_published, subscription.on_unpublished) == (True, False)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/hook", "http://169.254.169.254/", "http://10.0.0.8/"]
)
def test_a_private_target_gets_a_danish_form_error_not_a_500(danish_admin, settings, url):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    response = danish_admin.post(reverse(ADD), form_data(target_url=url))
    assert response.status_code == 200
    assert "lokal, privat eller reserveret netværksadresse" in response.content.decode()
    assert not Subscription.objects.exists()


def test_rotating_the_secret_signs_with_both_during_the_grace_period(
    danish_admin, draft_article, django_capture_on_commit_callbacks
):
    with Receiver() as receiver:
        subscription = subscribe(receiver.url)
        old = subscription.secret
        edit = reverse("wagtailsnippets_webhooks_subscription:edit", args=[subscription.pk])
        response = danish_admin.post(
            edit, form_data(target_url=receiver.url, on_published="on", rotate_secret="on")
        )
        assert response.status_code == 302
        subscription.refresh_from_db()
        assert subscription.secret != old
        assert subscription.previous_secret == old
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()

        headers, body, _verified, _message = receiver.received[0]
        assert len(headers["webhook-signature"].split()) == 2
        # A receiver not yet switched to the new secret still accepts it, and one switched.
        assert verify(old, headers, body) and verify(subscription.secret, headers, body)

        # After the grace period only the new secret signs.
        Subscription.objects.filter(pk=subscription.pk).update(
            previous_secret_expires_at=timezone.now() - dt.timedelta(seconds=1)
        )
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()
        headers, body, _verified, _message = receiver.received[1]
        assert not verify(old, headers, body) and verify(subscription.secret, headers, body)


def test_the_delivery_log_lists_attempts_and_resends(
    danish_admin, draft_article, django_capture_on_commit_callbacks
):
    with Receiver() as receiver:
        receiver.secrets = [subscribe(receiver.url).secret]
        receiver.mode = "error"
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()
        delivery = Delivery.objects.get()

        listing = danish_admin.get(reverse("webhook_deliveries"))
        assert listing.status_code == 200
        assert "Fejlet, prøves igen" in listing.content.decode()
        detail = danish_admin.get(reverse("webhook_delivery", args=[delivery.pk]))
        assert detail.status_code == 200
        assert "500" in detail.content.decode()

        receiver.mode = "ok"
        response = danish_admin.post(reverse("webhook_delivery_resend", args=[delivery.pk]))
        assert response.status_code == 302
        run_worker()  # the resend now; the scheduled retry stays queued and will do nothing

    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.DELIVERED
    assert [(a.number, a.status_code) for a in delivery.attempt_log.all()] == [(1, 500), (2, 204)]
    assert len(receiver.received) == 2


def test_the_stale_retry_after_a_resend_sends_nothing(
    admin_client, draft_article, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    with Receiver() as receiver:
        receiver.secrets = [subscribe(receiver.url).secret]
        receiver.mode = "error"
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()
        receiver.mode = "ok"
        admin_client.post(reverse("webhook_delivery_resend", args=[Delivery.objects.get().pk]))
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        run_worker()
    assert len(receiver.received) == 2
    assert Delivery.objects.get().attempts == 2


def test_people_without_the_permission_cannot_see_the_log(client, django_user_model, db):
    user = django_user_model.objects.create_user("redaktoer", password="x")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("webhook_deliveries")).status_code in {302, 403}
    assert client.post(reverse("webhook_delivery_resend", args=[1])).status_code in {302, 403}
