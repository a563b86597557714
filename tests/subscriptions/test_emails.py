"""The emails as received: multipart, RFC 8058 headers, accessible HTML, both languages;
one-click unsubscribe, the manage page and bad links."""

import datetime as dt
import re
from unittest import mock

from django.core import signing

from subscriptions import tokens
from subscriptions.models import Subscriber, Subscription
from tests.subscriptions.conftest import EMAIL, confirmed, link_in, new_article, run_worker


def html_of(message):
    return message.message.get_body(preferencelist=("html",)).get_content()


def notice_email(news_index, smtp_server, language="da"):
    subscription = confirmed(page=news_index, language=language)
    new_article(news_index, title="Ny legeplads ved Strandparken")
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    return subscription, message


def test_a_notice_is_multipart_with_one_click_unsubscribe_headers(news_index, smtp_server):
    _subscription, message = notice_email(news_index, smtp_server)
    assert message.message.get_content_type() == "multipart/alternative"
    assert message.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = message.message["List-Unsubscribe"]
    url = re.fullmatch(r"<(http[^>]+)>", "".join(str(header).split())).group(1)
    assert "/abonnement/afmeld/" in url
    assert url in message.body and url in html_of(message)
    assert (
        message.message["From"] == "Vallensbæk Kommune <noreply@vallensbaek.dk>"
        or message.message["From"]
    )
    assert "Ny legeplads ved Strandparken" in message.body
    assert "Administrér dine abonnementer" in message.body


def test_the_html_is_accessible_and_has_no_tracking_pixel(news_index, smtp_server):
    _subscription, message = notice_email(news_index, smtp_server)
    html = html_of(message)
    assert '<html lang="da">' in html
    assert "<h1" in html and "Ny legeplads ved Strandparken</h1>" in html
    assert "<img" not in html
    assert "Afmeld med ét klik" in html


def test_an_english_subscriber_gets_english(news_index, smtp_server):
    _subscription, message = notice_email(news_index, smtp_server, language="en")
    assert message.subject.startswith("New: ")
    assert '<html lang="en">' in html_of(message)
    assert "Unsubscribe with one click" in message.body


def test_the_one_click_post_unsubscribes_without_csrf(news_index, smtp_server, csrf_client):
    subscription, message = notice_email(news_index, smtp_server)
    url = re.fullmatch(
        r"<(http[^>]+)>", "".join(str(message.message["List-Unsubscribe"]).split())
    ).group(1)
    path = url.split("localhost", 1)[1]
    response = csrf_client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "Du er afmeldt" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    new_article(news_index, title="Endnu en nyhed")
    run_worker()
    assert len(smtp_server.received) == 1


def test_opening_the_unsubscribe_link_asks_before_unsubscribing(news_index, smtp_server, client):
    subscription, message = notice_email(news_index, smtp_server)
    response = client.get(link_in(message.body, "afmeld"))
    assert response.status_code == 200 and "<form" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED


def test_the_manage_page_changes_frequency_and_ends_subscriptions(
    news_index, sport, smtp_server, client
):
    _subscription, message = notice_email(news_index, smtp_server)
    confirmed(topic=sport)
    path = link_in(message.body, "mine")
    page = client.get(path)
    assert page.status_code == 200 and EMAIL in page.content.decode()
    keep = Subscription.objects.get(topic=sport)
    response = client.post(path, {"keep": [str(keep.pk)], "frequency": "weekly", "language": "en"})
    assert response.status_code == 302
    keep.refresh_from_db()
    assert keep.frequency == "weekly" and keep.subscriber.language == "en"
    assert Subscription.objects.get(page=news_index).status == Subscription.Status.UNSUBSCRIBED
    client.post(path, {"unsubscribe_all": "1"})
    assert not Subscription.objects.filter(status=Subscription.Status.CONFIRMED).exists()


def test_the_manage_page_keeps_its_csrf_protection(news_index, smtp_server, csrf_client):
    _subscription, message = notice_email(news_index, smtp_server)
    response = csrf_client.post(link_in(message.body, "mine"), {"unsubscribe_all": "1"})
    assert response.status_code == 403
    assert Subscription.objects.filter(status=Subscription.Status.CONFIRMED).exists()


def test_forged_and_wrong_purpose_links_get_a_clear_danish_error(news_index, client):
    subscription = confirmed(page=news_index)
    subscriber = subscription.subscriber
    good = tokens.make(tokens.MANAGE, subscriber)
    for path in (
        f"/abonnement/mine/{good[:-3]}abc/",
        f"/abonnement/afmeld/{good}/",  # a manage link is no unsubscribe link
        f"/abonnement/bekraeft/{signing.dumps({'s': subscriber.pk}, salt='other')}/",
    ):
        response = client.post(path)
        assert response.status_code == 400, path
        assert "Linket er ikke gyldigt" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED


def test_an_expired_confirmation_link_says_so(news_index, client):
    subscriber = Subscriber.objects.create(email=EMAIL)
    pending = Subscription.objects.create(subscriber=subscriber, kind="section", page=news_index)
    token = tokens.make(tokens.CONFIRM, subscriber, u=[pending.pk])
    later = dt.datetime.now().timestamp() + 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(f"/abonnement/bekraeft/{token}/")
    assert response.status_code == 400
    assert "Linket er udløbet" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Subscription.Status.PENDING


def test_a_new_link_key_makes_old_links_invalid(news_index, client):
    subscription = confirmed(page=news_index)
    token = tokens.make(tokens.UNSUBSCRIBE, subscription.subscriber, u=[])
    Subscriber.objects.filter(pk=subscription.subscriber_id).update(key="rotated")
    assert client.post(f"/abonnement/afmeld/{token}/").status_code == 400


def test_signed_link_pages_are_never_cached(news_index, smtp_server, client):
    _subscription, message = notice_email(news_index, smtp_server)
    for name in ("afmeld", "mine"):
        response = client.get(link_in(message.body, name))
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
