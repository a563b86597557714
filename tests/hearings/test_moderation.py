"""Staff moderate answers: publish, hide a passage with a note, reject with an internal reason."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from hearings.factories import HearingAnswerFactory
from hearings.models import HearingAnswer
from tests.associations.world import MODERATORS_GROUP_NAME, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = make_user("mette", groups=[MODERATORS_GROUP_NAME])
    client.force_login(user)
    return user


def moderate(client, answer, **fields):
    data = {
        "status": answer.status,
        "redacted_passages": "",
        "redaction_note": "",
        "rejection_reason": "",
        **fields,
    }
    return client.post(reverse("hearing_answers:edit", args=[answer.pk]), data)


def test_the_queue_lists_answers_in_danish(client, hearings, staff):
    HearingAnswerFactory(hearing=hearings.hearing, name="<b>Karen</b>")
    response = client.get(reverse("hearing_answers:index"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Høringssvar" in text
    assert "Afventer moderering" in text
    assert "&lt;b&gt;Karen&lt;/b&gt;" in text


def test_each_answer_in_the_queue_links_to_its_moderation_form(client, hearings, staff):
    answer = HearingAnswerFactory(hearing=hearings.hearing)
    soup = BeautifulSoup(client.get(reverse("hearing_answers:index")).content, "html.parser")
    link = soup.find("a", href=reverse("hearing_answers:edit", args=[answer.pk]))
    assert link is not None and link.get_text(strip=True) == answer.reference
    assert "Reference" in soup.select_one("thead").get_text()


def test_publishing_shows_the_answer_without_email_or_hidden_address(client, hearings, staff):
    answer = HearingAnswerFactory(hearing=hearings.hearing, hide_address=True)
    assert moderate(client, answer, status="published").status_code == 302
    answer.refresh_from_db()
    assert answer.moderated_by == staff
    assert answer.published_at is not None
    client.logout()
    html = client.get(hearings.hearing.url).content.decode()
    assert answer.text in html
    assert answer.name in html
    assert answer.email not in html
    assert answer.address not in html


def test_a_redacted_passage_is_hidden_with_the_note(client, hearings, staff):
    answer = HearingAnswerFactory(
        hearing=hearings.hearing, text="Min nabo Jens Olsen på nr. 12 larmer. Planen er god."
    )
    response = moderate(
        client,
        answer,
        status="published",
        redacted_passages="Jens Olsen på nr. 12",
        redaction_note="Personoplysninger om en tredjepart er fjernet.",
    )
    assert response.status_code == 302
    client.logout()
    soup = BeautifulSoup(client.get(hearings.hearing.url).content, "html.parser")
    text = soup.select_one(".hearing-answer").get_text()
    assert "Jens Olsen" not in text
    assert "Min nabo […] larmer." in text
    assert "Personoplysninger om en tredjepart er fjernet." in text
    api = client.get(f"/api/v3/pages/{hearings.hearing.pk}/").json()
    assert "Jens Olsen" not in str(api)


def test_a_passage_not_in_the_answer_is_refused(client, hearings, staff):
    answer = HearingAnswerFactory(hearing=hearings.hearing)
    response = moderate(
        client, answer, status="published", redacted_passages="findes ikke", redaction_note="x"
    )
    assert response.status_code == 200
    assert "Denne passage står ikke i svaret" in response.content.decode()
    answer.refresh_from_db()
    assert answer.status == HearingAnswer.Status.PENDING


def test_rejecting_needs_a_reason_that_stays_internal(client, hearings, staff):
    answer = HearingAnswerFactory(hearing=hearings.hearing)
    assert moderate(client, answer, status="rejected").status_code == 200
    response = moderate(client, answer, status="rejected", rejection_reason="Reklame for firma")
    assert response.status_code == 302
    client.logout()
    html = client.get(hearings.hearing.url).content.decode()
    assert answer.text not in html
    assert "Reklame for firma" not in html
    assert "0 offentliggjorte svar" in html


def test_the_answers_admin_is_for_staff_only(client, hearings):
    client.force_login(make_user("ole"))
    response = client.get(reverse("hearing_answers:index"))
    assert response.status_code in (302, 403)


def test_saving_a_moderation_says_so_in_danish(client, hearings, staff):
    answer = HearingAnswerFactory(hearing=hearings.hearing, name="Karen Jensen")
    moderate(client, answer, status="published")
    page = client.get(reverse("hearing_answers:index")).content.decode()
    assert f"Høringssvaret {answer.reference} Karen Jensen er gemt." in page
    assert "updated" not in page
