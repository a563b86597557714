"""A hearing's state follows from its dates, and the page, API, listings and related pages show it."""

import pytest
from bs4 import BeautifulSoup

from hearings.factories import HearingAnswerFactory, HearingRelatedPageFactory
from hearings.models import HearingAnswer
from hearings.state import State, hearing_state
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from tests.hearings.conftest import days

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("start", "deadline", "decision_date", "text", "expected"),
    [
        (1, 30, None, "", State.UPCOMING),
        (0, 30, None, "", State.OPEN),
        (-30, 0, None, "", State.OPEN),
        (-30, -1, None, "", State.CLOSED),
        (-30, -10, 5, "Vedtaget", State.CLOSED),
        (-30, -10, 0, "Vedtaget", State.DECIDED),
        (-30, -10, -1, "", State.CLOSED),
    ],
)
def test_state_follows_from_the_dates_alone(start, deadline, decision_date, text, expected):
    assert (
        hearing_state(
            start=days(start),
            deadline=days(deadline),
            decision_date=days(decision_date) if decision_date is not None else None,
            decision_text=text,
        )
        == expected
    )


def test_the_page_shows_state_deadline_and_an_answer_button(client, hearings):
    response = client.get(hearings.hearing.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".hearing-state--open").get_text() == "Åben"
    assert soup.find("a", href=hearings.form_url).get_text() == "Svar på høringen"


def test_a_closed_hearing_has_no_answer_button_and_says_no_decision_yet(client, hearings):
    closed = hearings.add(slug="lukket", start=days(-40), deadline=days(-1))
    soup = BeautifulSoup(client.get(closed.url).content, "html.parser")
    assert soup.select_one(".hearing-state--closed").get_text() == "Afsluttet"
    assert " ".join(soup.select_one("p.meta").get_text().split()).startswith(
        "Afsluttet: svarfristen udløb den "
    )
    assert not soup.find("a", href=closed.url + "svar/")
    assert "Beslutningen er endnu ikke truffet" in soup.get_text()


def test_a_decided_hearing_shows_the_decision(client, hearings):
    decided = hearings.add(
        slug="afgjort",
        start=days(-60),
        deadline=days(-30),
        decision_date=days(-2),
        decision_text="Byrådet vedtog lokalplanen med færre boliger.",
        decision_url="https://vallensbaek.dk/dagsordener/byraadet",
    )
    soup = BeautifulSoup(client.get(decided.url).content, "html.parser")
    assert soup.select_one(".hearing-state--decided").get_text() == "Afgjort"
    state_line = " ".join(soup.select_one("p.meta").get_text().split())
    assert state_line.startswith(f"Afgjort: beslutningen blev truffet den {days(-2).day}. ")
    assert "Byrådet vedtog lokalplanen med færre boliger." in soup.get_text()
    assert soup.find("a", href="https://vallensbaek.dk/dagsordener/byraadet")


def test_the_api_shows_the_state_and_only_published_answers(client, hearings):
    HearingAnswerFactory(hearing=hearings.hearing, status=HearingAnswer.Status.PUBLISHED)
    HearingAnswerFactory(hearing=hearings.hearing)  # awaiting moderation
    detail = client.get(f"/api/v3/pages/{hearings.hearing.pk}/").json()
    assert detail["state"] == "open"
    assert detail["published_answer_count"] == 1
    assert len(detail["published_answers"]) == 1
    cards = client.get("/api/v3/hearings/").json()["items"]
    (card,) = cards
    assert card["state"] == "open"
    assert card["published_answer_count"] == 1
    assert card["answer_url"].endswith("/stationstorvet/svar/")


def test_the_index_groups_by_state_with_answer_counts(client, hearings):
    hearings.add(slug="kommende", title="Nye åbningstider", start=days(5), deadline=days(40))
    HearingAnswerFactory(hearing=hearings.hearing, status=HearingAnswer.Status.PUBLISHED)
    soup = BeautifulSoup(client.get(hearings.index.url).content, "html.parser")
    groups = [h2.get_text() for h2 in soup.select(".status-group h2")]
    assert groups == ["Åben", "Kommende"]
    assert "1 offentliggjort svar" in soup.select_one(".status-group--open").get_text()


def test_a_related_renovation_shows_the_hearing_and_its_deadline(client, hearings):
    renovations = RenovationIndexPageFactory(parent=hearings.home, slug="renoveringer")
    project = RenovationProjectPageFactory(parent=renovations, slug="skolen")
    project.save_revision().publish()
    HearingRelatedPageFactory(hearing=hearings.hearing, page=project)
    text = " ".join(
        BeautifulSoup(client.get(project.url).content, "html.parser").get_text().split()
    )
    deadline = hearings.hearing.deadline
    assert f"Høring: Lokalplan 95. Svar senest {deadline.day}." in text


def test_a_draft_hearing_is_not_shown_on_the_related_page(client, hearings):
    renovations = RenovationIndexPageFactory(parent=hearings.home, slug="renoveringer")
    project = RenovationProjectPageFactory(parent=renovations, slug="skolen")
    project.save_revision().publish()
    HearingRelatedPageFactory(hearing=hearings.hearing, page=project)
    hearings.hearing.unpublish()
    assert "Høring:" not in client.get(project.url).content.decode()


def test_the_answer_form_of_a_draft_hearing_is_not_found(client, hearings):
    url = hearings.form_url
    hearings.hearing.unpublish()
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404


def test_the_page_shows_meeting_department_contact_documents_topics_and_the_note(client, hearings):
    import datetime as dt

    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.documents import get_document_model

    from core.factories import ContactFactory, TopicFactory
    from hearings.models import HearingDocument

    Document = get_document_model()
    plan = Document(title="Forslag til lokalplan 95")
    plan.file.save("lokalplan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    plan.save()
    note = Document(title="Høringsnotat lokalplan 95")
    note.file.save("notat.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    note.save()
    meeting = timezone.make_aware(dt.datetime.combine(days(5), dt.time(19, 0)))
    page = hearings.add(
        slug="med-moede",
        start=days(-40),
        deadline=days(-1),
        department="Teknik og Miljø",
        meeting_at=meeting,
        meeting_place="Rådhusets byrådssal",
        meeting_signup_url="https://vallensbaek.dk/moede",
        contact=ContactFactory(name="Planafdelingen"),
        hearing_note=note,
    )
    page.documents.add(HearingDocument(document=plan, title="Lokalplanforslaget"))
    page.topics.add(TopicFactory(name="Byudvikling"))
    page.save_revision().publish()

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    text = " ".join(soup.get_text().split())
    assert f"{meeting.day}. " in text and "kl. 19:00, Rådhusets byrådssal" in text
    assert soup.find("a", href="https://vallensbaek.dk/moede")
    assert "Teknik og Miljø" in text and "Planafdelingen" in text
    assert "Lokalplanforslaget" in text and "Byudvikling" in text
    assert soup.find("a", href=note.url), "the høringsnotat is linked once the hearing closes"
