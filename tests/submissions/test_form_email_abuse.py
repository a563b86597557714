"""Issue #12, item 7: public forms must not send an attacker's text from the municipality.

The attacks, as a test run like an attacker's found them:

* a receipt goes to any typed address, with the attacker's title or name in its Subject and
  body (phishing or harassment from the municipality's own address);
* a title with CR/LF was saved and then made ``BadHeaderError`` stop the moderators'
  notification, so the suggestion sat unseen.

Email goes through a real SMTP server on loopback (``tests.smtp_support``).
"""

import json
import logging

import pytest
from django.urls import reverse
from wagtail.models import APIToken, Page

from activities.models import ActivityPage
from associations.moderation import submit_for_moderation
from recognition.models import Nomination, NominationPage
from submissions.fields import SingleLineCharField
from submissions.models import ActivitySuggestionPage, GuideSuggestionPage, Submission
from submissions.public_form import PublicFormPage
from tests.associations.world import kept_world
from tests.recognition.test_nominations import nomination_data
from tests.submissions.test_activity_suggestions import valid_data

# The associations world, built once for the module: a test's changes roll back with it.
_world_ids, world = kept_world()


PHISHING_TITLE = "Din NemID er spærret - log ind på http://nemid-login.example/genaktiver"
PHISHING_NAME = "Borgerservice: ring straks 70 20 20 20"


@pytest.fixture
def activity_form(world):
    page = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet")
    world.home.add_child(instance=page)
    return page


@pytest.fixture
def guide_form(world):
    page = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    world.home.add_child(instance=page)
    return page


@pytest.fixture
def nomination_form(world):
    page = NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael")
    world.home.add_child(instance=page)
    return page


def guide_data(**overrides):
    data = {
        "title": "Sådan får I flere frivillige",
        "summary": "Vores erfaringer med at finde frivillige.",
        "text": "Spørg personligt.",
        "name": "Ole Olsen",
        "email": "ole@example.com",
        "phone": "",
        "homepage": "",
    }
    data.update(overrides)
    return data


def all_public_form_classes():
    """Every form a public form page serves (all concrete PublicFormPage subclasses)."""
    from django.apps import apps

    return sorted(
        {
            model.form_class
            for model in apps.get_models()
            if issubclass(model, PublicFormPage) and not model._meta.abstract
        },
        key=lambda form_class: form_class.__name__,
    )


def single_line_fields(form_class):
    from django import forms

    form = form_class()
    return [
        name
        for name, field in form.fields.items()
        if type(field) is not forms.BooleanField
        and isinstance(field, forms.CharField)
        and not isinstance(field.widget, forms.Textarea)
        and not isinstance(field, forms.EmailField | forms.URLField)
    ]


@pytest.mark.django_db
def test_every_single_line_field_of_every_public_form_refuses_line_breaks():
    """One field class for all: a new public form field cannot forget the rule."""
    form_classes = all_public_form_classes()
    assert len(form_classes) == 4  # activity, guide, nomination, stand application
    for form_class in form_classes:
        for name in single_line_fields(form_class):
            field = form_class().fields[name]
            assert isinstance(field, SingleLineCharField), f"{form_class.__name__}.{name}"


ACTIVITY_FIELDS = ["title", "address", "price_text", "name", "phone"]
GUIDE_FIELDS = ["title", "name", "phone"]
NOMINATION_FIELDS = ["nominee_name", "association_name", "nominator_name", "nominator_phone"]
CONTROL_CHARACTERS = ["\r\n", "\n", "\r", "\x0b", "\x1b", "\u2028", "\x85"]


@pytest.mark.parametrize("character", CONTROL_CHARACTERS, ids=repr)
@pytest.mark.parametrize("field", ACTIVITY_FIELDS)
def test_activity_form_refuses_line_breaks_with_a_danish_error(
    client, activity_form, field, character
):
    value = f"Loppemarked{character}Bcc: alle@example.com"
    response = client.post(activity_form.url, valid_data(**{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert "Skriv på én linje" in html
    assert not Submission.objects.exists()
    assert not ActivityPage.objects.filter(title__startswith="Loppemarked").exists()


@pytest.mark.parametrize("field", GUIDE_FIELDS)
def test_guide_form_refuses_line_breaks(client, guide_form, field):
    response = client.post(guide_form.url, guide_data(**{field: "Godt råd\r\nTo: x@example.com"}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Submission.objects.exists()


@pytest.mark.parametrize("field", NOMINATION_FIELDS)
def test_nomination_form_refuses_line_breaks(client, world, nomination_form, field):
    overrides = {field: "Birthe\nBcc: x@example.com"}
    if field == "association_name":
        overrides["association"] = ""
    response = client.post(nomination_form.url, nomination_data(world, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "Skriv på én linje" in response.content.decode()
    assert not Nomination.objects.exists()


def test_a_trailing_line_break_is_trimmed_not_refused(client, activity_form):
    response = client.post(activity_form.url, valid_data(title="Loppemarked på Pilegården\r\n"))
    assert response.status_code == 302
    assert Submission.objects.get().title == "Loppemarked på Pilegården"


def test_the_receipt_echoes_nothing_the_sender_typed(client, world, activity_form, smtp_server):
    response = client.post(
        activity_form.url,
        valid_data(title=PHISHING_TITLE, name=PHISHING_NAME, email="offer@example.com"),
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    (receipt,) = smtp_server.messages_to("offer@example.com")
    for typed in (PHISHING_TITLE, PHISHING_NAME, "nemid-login", "70 20 20 20"):
        assert typed not in receipt.text
    assert receipt.subject == f"Vi har modtaget dit forslag (reference {submission.reference})"
    assert "Kommunikationsafdelingen" in receipt.body
    # The moderators still get Wagtail's notification, with the real title, to review it.
    (notification,) = smtp_server.messages_to(world.moderator.email)
    assert PHISHING_TITLE in notification.text


def test_the_guide_receipt_echoes_nothing_the_sender_typed(client, guide_form, smtp_server):
    client.post(guide_form.url, guide_data(title=PHISHING_TITLE, name=PHISHING_NAME))
    (receipt,) = smtp_server.messages_to("ole@example.com")
    assert PHISHING_TITLE not in receipt.text and PHISHING_NAME not in receipt.text
    assert Submission.objects.get().reference in receipt.subject


def test_the_nomination_receipt_echoes_nothing_the_sender_typed(
    client, world, nomination_form, smtp_server
):
    response = client.post(
        nomination_form.url,
        nomination_data(
            world,
            nominee_name=PHISHING_TITLE[:120],
            nominator_name=PHISHING_NAME,
            reason="Klik her: http://nemid-login.example/ for at beholde din pension.",
            nominator_email="offer@example.com",
        ),
    )
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    (receipt,) = smtp_server.messages_to("offer@example.com")
    for typed in (PHISHING_TITLE[:40], PHISHING_NAME, "nemid-login", "pension"):
        assert typed not in receipt.text
    assert receipt.subject == f"Vi har modtaget din indstilling (reference {nomination.reference})"


def test_moderators_are_notified_of_a_draft_whose_title_has_a_line_break(world, smtp_server):
    """A title saved before titles were checked (or by code) must not silence the email."""
    page = world.municipal_activity
    page.unpublish()
    page.save_revision()
    ActivityPage.objects.filter(pk=page.pk).update(
        title="Loppemarked\r\nBcc: alle@example.com",
        draft_title="Loppemarked\r\nBcc: alle@example.com",
    )
    submit_for_moderation(ActivityPage.objects.get(pk=page.pk), user=None)

    (notification,) = smtp_server.messages_to(world.moderator.email)
    assert "Loppemarked Bcc: alle@example.com" in notification.subject
    assert "alle@example.com" not in notification.envelope_to
    assert notification.message["Bcc"] is None


def test_the_api_refuses_a_page_title_with_a_line_break(client, world):
    _token, secret = APIToken.create_token(user=world.member_a, name="Foreningens kalender")
    payload = {
        "meta": {"type": "news.NewsArticlePage", "parent_id": world.association_a.pk},
        "title": "Ny bane indviet\r\nBcc: alle@example.com",
        "slug": "ny-bane",
    }
    response = client.post(
        "/api/v3/pages/",
        data=json.dumps(payload),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code in (400, 422), response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert "Skriv på én linje" in response.content.decode()
    assert not Page.objects.filter(slug="ny-bane").exists()


def test_a_failing_mail_server_loses_no_suggestion(
    client, world, activity_form, failing_smtp_server, caplog
):
    before = Page.objects.count()
    with caplog.at_level(logging.ERROR):
        response = client.post(activity_form.url, valid_data())

    assert response.status_code == 302
    assert response["Location"].endswith("?sendt=1")
    assert failing_smtp_server.received == []
    page = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    assert Page.objects.count() == before + 1
    assert page.workflow_in_progress
    assert Submission.objects.get().page_id == page.pk
    # Staff find it without the email: in the moderation queue and the suggestions list.
    client.force_login(world.moderator)
    assert "Loppemarked på Pilegården" in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse("public_submissions:index")).content.decode()
    assert "Loppemarked på Pilegården" in listing
    logged = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert any("notification" in record.getMessage().lower() for record in logged)
    assert any("receipt" in record.getMessage().lower() for record in logged)
