"""The public form "Foreslå en aktivitet": drafts in moderation, spam and abuse handling."""

import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

from activities.models import ActivityPage
from submissions.models import ActivitySuggestionPage, Submission
from tests.associations.world import kept_world

# The associations world, built once for the module: a test's changes roll back with it.
_world_ids, world = kept_world()


@pytest.fixture
def form_page(world):
    page = ActivitySuggestionPage(
        title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet", intro="Fortæl os om den."
    )
    world.home.add_child(instance=page)
    return page


def png(width=40, height=30) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile("billede.png", buffer.getvalue(), content_type="image/png")


def valid_data(**overrides) -> dict:
    start = timezone.localtime() + dt.timedelta(days=10)
    data = {
        "title": "Loppemarked på Pilegården",
        "summary": "Kom og gør et godt køb. Alle kan leje en stand.",
        "description": "Vi sælger legetøj, tøj og bøger.\n\nKaffe i caféen.",
        "start": start.strftime("%Y-%m-%dT10:00"),
        "end": start.strftime("%Y-%m-%dT14:00"),
        "address": "Pilegården, Vallensbæk",
        "organiser": "",
        "price_text": "",
        "registration_url": "",
        "image_alt": "",
        "name": "Karen Holm",
        "email": "karen@example.com",
        "phone": "",
        "homepage": "",
    }
    data.update(overrides)
    return data


def counts() -> tuple:
    return (
        Page.objects.count(),
        Submission.objects.count(),
        get_image_model().objects.count(),
        WorkflowState.objects.count(),
    )


def test_the_form_page_renders_with_labelled_fields(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'for="id_title"' in html and 'id="id_title"' in html
    assert 'enctype="multipart/form-data"' in html


def test_valid_suggestion_becomes_a_draft_in_moderation(client, world, form_page):
    response = client.post(form_page.url, valid_data())

    assert response.status_code == 302
    assert response["Location"].endswith("?sendt=1")
    page = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    assert not page.live
    assert page.get_parent().pk == world.activity_index.pk
    assert page.workflow_in_progress
    assert page.current_workflow_state.requested_by is None
    assert "<p>Vi sælger legetøj, tøj og bøger.</p>" in str(page.body)
    submission = Submission.objects.get()
    assert (submission.page_id, submission.name) == (page.pk, "Karen Holm")
    # Never public before approval.
    assert client.get(page.url or "/aktiviteter/loppemarked-pa-pilegarden/").status_code == 404
    assert page not in ActivityPage.objects.listable()
    # Receipt to the citizen, notification to the moderators.
    receipts = [m for m in mail.outbox if m.to == ["karen@example.com"]]
    assert len(receipts) == 1 and submission.reference in receipts[0].subject
    assert any(world.moderator.email in m.to for m in mail.outbox)


def test_receipt_is_signed_with_the_municipality_from_the_site_settings(client, form_page):
    from core.models import MunicipalitySettings

    details = MunicipalitySettings.for_site(form_page.get_site())
    details.name = "Vallensbæk Kommune"
    details.phone = "43 97 97 00"
    details.save()

    client.post(form_page.url, valid_data())

    receipt = next(m for m in mail.outbox if m.to == ["karen@example.com"])
    assert "et forslag til hjemmesiden for Vallensbæk Kommune" in receipt.body
    assert "Ring til os på 43 97 97 00" in receipt.body
    assert receipt.body.rstrip().endswith("Vallensbæk Kommune")


def test_receipt_without_a_phone_number_in_the_site_settings_names_none(client, form_page):
    client.post(form_page.url, valid_data())

    receipt = next(m for m in mail.outbox if m.to == ["karen@example.com"])
    assert "Ring til os" not in receipt.body
    assert "kan du se bort fra denne e-mail." in receipt.body


def test_an_expired_form_page_accepts_no_submissions(client, form_page):
    # Still live until publish_scheduled runs, but its expiry has passed.
    form_page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    form_page.save(update_fields=["expire_at"])
    before = counts()

    response = client.post(form_page.url, valid_data())

    assert response.status_code == 404
    assert counts() == before
    assert mail.outbox == []


def test_thank_you_page_after_redirect(client, form_page):
    response = client.get(form_page.url + "?sendt=1")
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()


def test_without_email_no_receipt_is_sent(client, world, form_page):
    client.post(form_page.url, valid_data(email=""))
    assert Submission.objects.count() == 1
    assert not [m for m in mail.outbox if "karen@example.com" in m.to]


def test_honeypot_filled_is_silently_dropped(client, form_page):
    before = counts()
    response = client.post(form_page.url, valid_data(homepage="http://spam.example"))
    assert response.status_code == 302 and response["Location"].endswith("?sendt=1")
    assert counts() == before
    assert mail.outbox == []


@pytest.mark.usefixtures("rate_clock")
def test_six_failed_attempts_then_a_valid_one_is_accepted(client, form_page):
    """Someone correcting the form is never locked out: failed attempts are not counted."""
    client.get(form_page.url)  # the browser gets its CSRF cookie, as a real one does
    attempts = [client.post(form_page.url, valid_data(title="")).status_code for _ in range(6)]
    response = client.post(form_page.url, valid_data())
    assert (attempts, response.status_code) == ([200] * 6, 302)
    assert Submission.objects.count() == 1


@pytest.mark.usefixtures("rate_clock")
def test_sixth_accepted_submission_within_an_hour_gets_429_and_keeps_the_text(client, form_page):
    client.get(form_page.url)
    for number in range(5):
        assert client.post(form_page.url, valid_data(title=f"Forslag {number}")).status_code == 302
    before = counts()
    response = client.post(form_page.url, valid_data(title="Mit sjette forslag"))
    assert response.status_code == 429
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="Mit sjette forslag"' in html
    assert counts() == before


@pytest.mark.usefixtures("rate_clock")
def test_the_429_says_at_what_local_time_to_send_again(client, form_page):
    client.get(form_page.url)
    for number in range(5):
        client.post(form_page.url, valid_data(title=f"Forslag {number}"))
    response = client.post(form_page.url, valid_data())
    retry_at = timezone.localtime() + dt.timedelta(seconds=int(response["Retry-After"]) + 59)
    soup = BeautifulSoup(response.content, "html.parser")
    message = soup.find(role="alert").get_text(" ", strip=True)
    assert "Du kan sende igen " in message
    assert f"kl. {retry_at:%H:%M}." in message
    if retry_at.date() != timezone.localdate():
        # Past local midnight the message names the day too ("den 2. december kl. 00:15").
        assert f"den {retry_at.day}. " in message
    assert 0 < int(response["Retry-After"]) <= 3600


@pytest.mark.usefixtures("rate_clock")
def test_another_browser_on_the_same_address_is_not_limited(client, form_page):
    """The library's PCs share one address; each browser has its own CSRF cookie."""
    client.get(form_page.url)
    for number in range(5):
        client.post(form_page.url, valid_data(title=f"Forslag {number}"))
    assert client.post(form_page.url, valid_data()).status_code == 429

    neighbour = Client()
    neighbour.get(form_page.url)
    assert neighbour.post(form_page.url, valid_data(title="Naboens forslag")).status_code == 302


@pytest.mark.usefixtures("rate_clock")
def test_the_address_has_its_own_higher_ceiling(client, form_page, settings):
    """A script that throws its cookie away each time is stopped by the address limit."""
    settings.PUBLIC_FORM_ADDRESS_RATE_LIMIT = "3/h"
    statuses = []
    for number in range(4):
        browser = Client()
        browser.get(form_page.url)
        statuses.append(browser.post(form_page.url, valid_data(title=f"F{number}")).status_code)
    assert statuses == [302, 302, 302, 429]


def test_another_client_address_is_not_limited(client, form_page):
    client.get(form_page.url)
    for number in range(5):
        client.post(form_page.url, valid_data(title=f"Forslag {number}"))
    response = client.post(form_page.url, valid_data(), REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "x" * 121),
        ("summary", "x" * 301),
        ("description", "x" * 3001),
        ("address", "x" * 201),
        ("name", "x" * 121),
        ("phone", "1" * 31),
        ("price_text", "x" * 201),
        ("email", "x" * 250 + "@example.com"),
        ("registration_url", "https://example.com/" + "x" * 500),
    ],
)
def test_oversize_fields_are_refused_and_the_text_is_kept(client, form_page, field, value):
    before = counts()
    response = client.post(form_page.url, valid_data(**{field: value}))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    assert 'role="alert"' in html
    assert value[:60] in html  # what the person typed is still there
    assert counts() == before


def test_start_in_the_past_and_end_before_start_are_refused(client, form_page):
    past = timezone.localtime() - dt.timedelta(days=1)
    response = client.post(
        form_page.url,
        valid_data(start=past.strftime("%Y-%m-%dT10:00"), end=past.strftime("%Y-%m-%dT09:00")),
    )
    assert set(response.context["form"].errors) >= {"start", "end"}


def test_a_valid_image_is_stored_in_the_submissions_collection(client, form_page):
    response = client.post(
        form_page.url, {**valid_data(image_alt="Boder med legetøj"), "image": png()}
    )
    assert response.status_code == 302
    page = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    assert page.image is not None
    assert page.image.collection.name == "Indsendte billeder"
    assert page.image_alt == "Boder med legetøj"


def test_an_image_needs_a_description(client, form_page):
    before = counts()
    response = client.post(form_page.url, {**valid_data(), "image": png()})
    assert "image_alt" in response.context["form"].errors
    assert counts() == before


def test_a_fake_image_is_refused_and_nothing_is_saved(client, form_page):
    fake = SimpleUploadedFile("foto.jpg", b"<?php echo 'not an image'; ?>", "image/jpeg")
    before = counts()
    response = client.post(form_page.url, {**valid_data(image_alt="Foto"), "image": fake})
    assert response.status_code == 200
    assert "image" in response.context["form"].errors
    assert counts() == before


def test_an_oversize_image_is_refused(client, form_page, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20  # bytes; the test PNG is larger
    before = counts()
    response = client.post(form_page.url, {**valid_data(image_alt="Foto"), "image": png()})
    assert "image" in response.context["form"].errors
    assert counts() == before


def test_an_image_with_too_many_pixels_is_refused(client, form_page, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    before = counts()
    response = client.post(form_page.url, {**valid_data(image_alt="Foto"), "image": png()})
    assert "image" in response.context["form"].errors
    assert counts() == before


def test_a_failure_while_saving_leaves_nothing_half_saved(client, form_page, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("workflow engine down")

    monkeypatch.setattr("submissions.models.submit_for_moderation", broken)
    before = counts()
    response = client.post(
        form_page.url, {**valid_data(image_alt="Boder med legetøj"), "image": png()}
    )
    assert response.status_code == 500
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Loppemarked på Pilegården" in html
    assert counts() == before
    assert mail.outbox == []


def test_walkthrough_from_form_to_published_page(client, world, form_page):
    """A citizen suggests, a moderator approves in the admin, the page is public."""
    client.post(form_page.url, valid_data())
    page = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    task_state = page.current_workflow_state.current_task_state

    client.force_login(world.moderator)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    client.logout()

    page.refresh_from_db()
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Loppemarked på Pilegården" in response.content.decode()
    assert page in ActivityPage.objects.listable()


@pytest.mark.usefixtures("rate_clock")
def test_behind_a_proxy_the_limit_follows_the_configured_header(client, form_page, settings):
    settings.PUBLIC_FORM_RATE_KEY = "header:x-real-ip"
    for number in range(5):
        client.post(form_page.url, valid_data(title=f"F{number}"), HTTP_X_REAL_IP="203.0.113.5")
    limited = client.post(form_page.url, valid_data(), HTTP_X_REAL_IP="203.0.113.5")
    other = client.post(form_page.url, valid_data(), HTTP_X_REAL_IP="203.0.113.9")
    assert (limited.status_code, other.status_code) == (429, 302)
