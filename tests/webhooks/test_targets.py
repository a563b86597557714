"""SSRF: private, loopback, link-local and reserved targets are refused at save and at send."""

import pytest
from django.core.exceptions import ValidationError

from tests.webhooks.conftest import publish, run_worker, subscribe
from tests.webhooks.receiver import Receiver
from webhooks import targets
from webhooks.models import Delivery, Subscription

REFUSED = [
    "http://127.0.0.1/hook",
    "http://localhost:8080/hook",
    "http://10.1.2.3/hook",
    "http://192.168.1.10/hook",
    "http://172.16.0.5/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/hook",
    "http://0.0.0.0/hook",
    "http://[::1]/hook",
    "http://[fd00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://0x7f000001/hook",
    "http://224.0.0.1/hook",
]


@pytest.fixture
def private_refused(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False


@pytest.mark.parametrize("url", REFUSED)
def test_private_targets_are_refused(private_refused, url):
    with pytest.raises(targets.TargetRefused):
        targets.resolve(url)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/",
        "http://user:pw@8.8.8.8/",
        "http://8.8.8.8:99999/",
        "http://\x00/",
        "javascript:alert(1)",
    ],
)
def test_malformed_targets_are_refused(url):
    with pytest.raises(targets.TargetRefused):
        targets.resolve(url)


def test_a_public_address_is_allowed(private_refused):
    target = targets.resolve("https://8.8.8.8/hooks?x=1")
    assert (target.address, target.port, target.path) == ("8.8.8.8", 443, "/hooks?x=1")


def test_the_model_refuses_a_private_target_with_a_danish_message(private_refused, db):
    from django.utils import translation

    with translation.override("da"), pytest.raises(ValidationError) as error:
        Subscription(name="Intern", target_url="http://169.254.169.254/").full_clean()
    message = error.value.message_dict["target_url"][0]
    assert "lokal" in message and "169.254.169.254" in message


def test_a_target_refused_at_send_time_is_logged_and_not_called(
    private_refused, draft_article, django_capture_on_commit_callbacks
):
    with Receiver() as receiver:
        # Saved while allowed (or its DNS changed since): the worker checks again.
        Subscription.objects.create(name="Gammel", target_url=receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()
    assert receiver.received == []
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert "127.0.0.1" in delivery.attempt_log.get().error


def test_an_invalid_tls_certificate_is_a_logged_failed_attempt(
    draft_article, django_capture_on_commit_callbacks, tmp_path
):
    from tests.webhooks.tls import self_signed_https_server

    with self_signed_https_server(tmp_path) as url:
        subscribe(url)
        with django_capture_on_commit_callbacks(execute=True):
            publish(draft_article)
        run_worker()
    delivery = Delivery.objects.get()
    assert delivery.attempt_log.get().error.startswith("TLS error")
    assert delivery.status == Delivery.Status.RETRYING
