"""#15.13: a moderator acts on a suggestion in the admin, in Danish, with all that was sent."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from activities.models import ActivityPage
from submissions.models import Submission

from .test_activity_suggestions import form_page, png, valid_data  # noqa: F401

#: Strings the admin showed in English or as raw values before (#15.13).
ENGLISH = ["Association display", "Draft page", "Received", "Attached image", "Mark as handled"]


@pytest.fixture
def submission(client, world, form_page):  # noqa: F811
    start = timezone.localtime() + dt.timedelta(days=10)
    data = valid_data(
        start=start.strftime("%Y-%m-%dT10:00"),
        end=start.strftime("%Y-%m-%dT14:00"),
        organiser=str(world.association_a.pk),
        price_text="20 kr. for voksne",
        image_alt="Boder med legetøj",
        phone="22 33 44 55",
    )
    assert client.post(form_page.url, {**data, "image": png()}).status_code == 302
    client.logout()
    return Submission.objects.get()


@pytest.fixture
def moderator(client, world):
    client.force_login(world.moderator)
    return world.moderator


def text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_inspect_shows_everything_the_citizen_sent_in_danish(client, submission, moderator):
    response = client.get(reverse("public_submissions:inspect", args=[submission.pk]))
    assert response.status_code == 200
    page_text = text(response)
    for answer in [
        "Kom og gør et godt køb. Alle kan leje en stand.",
        "Vi sælger legetøj, tøj og bøger.",
        "Pilegården, Vallensbæk",
        "Vallensbæk Petanqueklub",
        "20 kr. for voksne",
        "Boder med legetøj",
        "22 33 44 55",
        "karen@example.com",
    ]:
        assert answer in page_text, answer
    for label in ["Kladdeside:", "Modtaget", "Vedhæftet billede:", "Arrangerende forening"]:
        assert label in page_text, label
    for english in ENGLISH:
        assert english not in page_text, english


def test_inspect_links_the_draft_page_and_the_photo(client, submission, moderator):
    html = client.get(reverse("public_submissions:inspect", args=[submission.pk])).content
    soup = BeautifulSoup(html, "html.parser")
    draft = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert soup.find("a", href=edit_url, string="Loppemarked på Pilegården")
    assert soup.find("a", href=draft.image.file.url)
    assert submission.image == draft.image


def answer(response, label: str) -> str:
    """The text shown for ``label`` among the answers."""
    soup = BeautifulSoup(response.content, "html.parser")
    term = soup.find("dt", string=label)
    assert term is not None, label
    return term.find_next_sibling("dd").get_text(" ", strip=True)


def test_inspect_shows_local_time_not_utc(client, submission, moderator):
    start = ActivityPage.objects.get(title="Loppemarked på Pilegården").start
    assert timezone.localtime(start).hour == 10
    utc_hour = start.astimezone(dt.UTC).strftime("%H:%M")
    assert utc_hour != "10:00"
    response = client.get(reverse("public_submissions:inspect", args=[submission.pk]))
    shown = answer(response, "Starter")
    assert "10:00" in shown and utc_hour not in shown
    received = timezone.localtime(submission.created_at).strftime("%H:%M")
    assert received in text(response).split("Modtaget:")[1][:40]


def test_the_list_has_danish_columns_a_status_and_a_status_filter(client, submission, moderator):
    Submission.objects.create(
        kind=Submission.Kind.GUIDE,
        title="Sådan får I flere frivillige",
        name="Ole",
        status=Submission.Status.HANDLED,
    )
    response = client.get(reverse("public_submissions:index"))
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
    for heading in ["Titel", "Reference", "Type", "Status", "Navn", "E-mail", "Modtaget"]:
        assert any(heading in h for h in headings), (heading, headings)
    page_text = text(response)
    assert "Ny" in page_text and "Behandlet" in page_text
    new_only = text(client.get(reverse("public_submissions:index"), {"status": "new"}))
    assert "Loppemarked på Pilegården" in new_only
    assert "Sådan får I flere frivillige" not in new_only


def test_a_moderator_marks_a_suggestion_handled_and_new_again(client, submission, moderator):
    url = reverse("public_submissions:handled", args=[submission.pk])
    response = client.post(url, {"status": "handled"}, follow=True)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.HANDLED
    assert "markeret behandlet" in text(response)
    assert "Markér som ny igen" in text(response)
    client.post(url, {"status": "new"})
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NEW


def test_marking_handled_needs_the_permission_a_post_and_the_csrf_token(submission, world):
    url = reverse("public_submissions:handled", args=[submission.pk])
    member = Client()
    member.force_login(world.member_a)
    assert member.post(url, {"status": "handled"}).status_code in (302, 403)
    checked = Client(enforce_csrf_checks=True)
    checked.force_login(world.moderator)
    assert checked.post(url, {"status": "handled"}).status_code == 403
    assert checked.get(url).status_code == 405
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NEW


def test_the_edit_view_shows_the_answers_and_saves_the_status(client, submission, moderator):
    url = reverse("public_submissions:edit", args=[submission.pk])
    response = client.get(url)
    page_text = text(response)
    assert "Vi sælger legetøj, tøj og bøger." in page_text
    assert "Kladdeside:" in page_text
    response = client.post(
        url,
        {
            "status": "handled",
            "title": submission.title,
            "name": submission.name,
            "email": submission.email,
            "phone": submission.phone,
        },
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.HANDLED
    assert submission.answers["address"] == "Pilegården, Vallensbæk"
