"""Double opt-in: the form, the confirmation email, consent records and the rate limits."""

import pytest
from django.urls import reverse

from subscriptions.models import Consent, Notice, Subscriber, Subscription
from tests.subscriptions.conftest import (
    EMAIL,
    committed,
    confirmed,
    link_in,
    new_article,
    run_worker,
)

URL = "/abonnement/"


def ask(client, targets, email=EMAIL, **extra):
    data = {"email": email, "targets": targets, "frequency": "immediate", "language": "da"}
    data.update(extra)
    with committed():
        return client.post(
            URL, data, HTTP_USER_AGENT="Firefox/140", HTTP_REFERER="http://localhost/nyheder/"
        )


def test_the_form_preselects_the_section_from_the_button_and_shows_the_consent_text(
    client, news_index
):
    response = client.get(f"{URL}?side={news_index.pk}")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="page:{news_index.pk}"' in html
    assert "checked" in html.split(f'value="page:{news_index.pk}"')[1].split(">")[0]
    assert "Intet sendes, før jeg bekræfter" in html
    assert "Din e-mailadresse" in html


def test_a_request_sends_only_the_confirmation_and_nothing_before_confirming(
    client, news_index, smtp_server
):
    response = ask(client, [f"page:{news_index.pk}"])
    assert response.status_code == 302
    assert "Tjek din indbakke" in client.get(response["Location"]).content.decode()
    subscription = Subscription.objects.get()
    assert subscription.status == Subscription.Status.PENDING
    consent = subscription.consents.get()
    assert consent.action == Consent.Action.REQUESTED
    assert "Intet sendes, før jeg bekræfter" in consent.text and "Nyheder" in consent.text
    assert consent.user_agent == "Firefox/140" and consent.ip_address == "127.0.0.1"
    assert consent.source_url == "http://localhost/nyheder/"

    new_article(news_index, title="Ny legeplads ved Strandparken")
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    assert "Bekræft" in message.subject
    assert "Nyheder" in message.body
    assert not Notice.objects.exists()


def test_confirming_needs_the_button_then_records_consent(client, news_index, smtp_server):
    ask(client, [f"page:{news_index.pk}"])
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    path = link_in(message.body, "bekraeft")

    page = client.get(path)  # a mail scanner opening the link confirms nothing
    assert page.status_code == 200 and "Bekræft" in page.content.decode()
    assert Subscription.objects.get().status == Subscription.Status.PENDING

    with committed():
        response = client.post(path, HTTP_USER_AGENT="Safari/18")
    assert response.status_code == 200
    assert "Dit abonnement er bekræftet" in response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.status == Subscription.Status.CONFIRMED
    consent = subscription.consents.get(action=Consent.Action.CONFIRMED)
    assert consent.user_agent == "Safari/18" and "Intet sendes" in consent.text

    new_article(news_index, title="Nyt om vejarbejdet på Vejlebrovej")
    run_worker()
    assert any("Vejlebrovej" in m.subject for m in smtp_server.messages_to(EMAIL))


def test_someone_else_typing_a_confirmed_address_changes_nothing_and_sends_nothing(
    client, news_index, smtp_server
):
    subscription = confirmed(page=news_index, frequency="weekly")
    response = ask(client, [f"page:{news_index.pk}"], frequency="immediate", language="en")
    assert response.status_code == 302
    run_worker()
    assert smtp_server.received == []
    subscription.refresh_from_db()
    assert subscription.frequency == "weekly" and subscription.subscriber.language == "da"


def test_someone_else_adding_a_target_only_sends_the_confirmation_request(
    client, news_index, renovation, smtp_server
):
    confirmed(page=news_index)
    ask(client, [f"page:{renovation.pk}"])
    run_worker()
    (message,) = smtp_server.messages_to(EMAIL)
    assert "Bekræft" in message.subject
    assert Subscription.objects.get(page=renovation).status == Subscription.Status.PENDING


def test_bad_input_gets_a_danish_error_and_saves_nothing(client, news_index):
    response = ask(client, [f"page:{news_index.pk}"], email="ikke-en-adresse")
    assert response.status_code == 400
    assert "Ret de fejl, der er markeret" in response.content.decode()
    response = ask(client, [])
    assert "Vælg mindst én ting" in response.content.decode()
    response = ask(client, ["page:999999"])
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_the_honeypot_drops_the_request(client, news_index, smtp_server):
    response = ask(client, [f"page:{news_index.pk}"], homepage="http://spam.example")
    assert response.status_code == 302
    run_worker()
    assert not Subscriber.objects.exists() and smtp_server.received == []


@pytest.mark.usefixtures("rate_clock")
def test_one_address_gets_at_most_three_confirmation_requests_an_hour(client, news_index, sport):
    for number in range(3):
        assert ask(client, [f"topic:{sport.pk}"]).status_code == 302, number
        client.cookies.clear()  # a new browser each time: the per-address limit still holds
    response = ask(client, [f"page:{news_index.pk}"])
    assert response.status_code == 429
    assert "Du kan sende igen" in response.content.decode()
    assert response["Retry-After"]


@pytest.mark.usefixtures("rate_clock")
@pytest.mark.parametrize("limit", ["2/h"])
def test_one_client_is_limited_across_addresses(client, settings, news_index, limit):
    settings.SUBSCRIPTIONS_CLIENT_RATE_LIMIT = limit
    assert ask(client, [f"page:{news_index.pk}"], email="a@example.com").status_code == 302
    assert ask(client, [f"page:{news_index.pk}"], email="b@example.com").status_code == 302
    assert ask(client, [f"page:{news_index.pk}"], email="c@example.com").status_code == 429
    assert not Subscriber.objects.filter(email="c@example.com").exists()


def test_section_topic_and_renovation_pages_show_a_subscribe_link(
    client, news_index, sport, renovation
):
    article = new_article(news_index, title="Ny kunstgræsbane")
    article.topics.add(sport)
    article.save_revision().publish()
    index_html = client.get(news_index.url).content.decode()
    assert f'href="{reverse("subscriptions:subscribe")}?side={news_index.pk}"' in index_html
    assert "Få besked om Nyheder på e-mail" in index_html
    topic_html = client.get(f"{news_index.url}?topic=idraet").content.decode()
    assert f"?emne={sport.pk}" in topic_html and "Få besked om Idræt på e-mail" in topic_html
    project_html = client.get(renovation.url).content.decode()
    assert f"?side={renovation.pk}" in project_html


def test_the_english_form_is_english(client, news_index):
    html = client.get("/en/abonnement/").content.decode()
    assert "Your email address" in html
