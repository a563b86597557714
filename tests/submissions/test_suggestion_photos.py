"""Rejecting a suggestion deletes the citizen's photo: the image, its original and renditions.

A suggestion is rejected by deleting it (*Public suggestions* → Delete) or by deleting its
draft page, in the admin or through the API. Files are deleted after the transaction
commits, so these tests run the commit callbacks.
"""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import APIToken, Page

from activities.models import ActivityPage
from submissions.models import ActivitySuggestionPage, Submission
from tests.uploads.files import camera_jpeg, upload
from tests.uploads.pages import publish_on_a_page, suggestion

Image = get_image_model()


@pytest.fixture
def form_page(world):
    page = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet")
    world.home.add_child(instance=page)
    return page


@pytest.fixture
def sent(client, form_page):
    """A suggestion with a photo, and a rendition of the photo made (as the admin does)."""
    response = client.post(form_page.url, suggestion(upload("IMG_2041.jpg", camera_jpeg())))
    assert response.status_code == 302
    image = Image.objects.get()
    rendition = image.get_rendition("max-165x165")
    files = [image.file.name, rendition.file.name]
    assert all(default_storage.exists(name) for name in files)
    page = ActivityPage.objects.get(title="Loppemarked på Pilegården")
    return Submission.objects.get(), page, image, files


def gone(files) -> bool:
    return not any(default_storage.exists(name) for name in files)


def test_deleting_a_suggestion_rejects_it_with_its_draft_and_photo(
    client, world, sent, django_capture_on_commit_callbacks
):
    submission, page, image, files = sent
    client.force_login(world.moderator)
    url = reverse("public_submissions:delete", args=[submission.pk])

    confirm = client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)

    assert "Afvis og slet forslaget “Loppemarked på Pilegården”?" in confirm
    assert "billedet, der fulgte med, slettes også" in confirm
    assert response.status_code == 302
    assert not Submission.objects.exists()
    assert not Page.objects.filter(pk=page.pk).exists()
    assert not Image.objects.filter(pk=image.pk).exists()
    assert gone(files)


def test_deleting_the_draft_page_in_the_admin_deletes_the_photo(
    client, world, sent, django_capture_on_commit_callbacks
):
    _submission, page, image, files = sent
    client.force_login(world.moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert response.status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()
    assert gone(files)


def test_deleting_the_draft_page_through_the_api_deletes_the_photo(
    client, world, sent, django_capture_on_commit_callbacks
):
    _submission, page, image, files = sent
    token = APIToken.create_token(user=world.moderator, name="Oprydning")[1]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(
            f"/api/v3/pages/{page.pk}/", headers={"authorization": f"Bearer {token}"}
        )

    assert response.status_code == 204, response.content
    assert not Image.objects.filter(pk=image.pk).exists()
    assert gone(files)


def test_a_photo_that_a_published_page_also_uses_is_kept(
    client, world, sent, django_capture_on_commit_callbacks
):
    submission, page, image, files = sent
    publish_on_a_page(image=image, parent=world.home, title="Loppemarkeder i Vallensbæk")
    client.force_login(world.moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("public_submissions:delete", args=[submission.pk]))

    assert not Page.objects.filter(pk=page.pk).exists()
    assert Image.objects.filter(pk=image.pk).exists()
    assert default_storage.exists(files[0])


def test_deleting_the_submission_of_a_published_suggestion_keeps_page_and_photo(
    client, world, sent, django_capture_on_commit_callbacks
):
    submission, page, image, files = sent
    page.save_revision().publish()
    client.force_login(world.moderator)
    url = reverse("public_submissions:delete", args=[submission.pk])

    confirm = client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)

    assert "Afvis og slet" not in confirm
    assert not Submission.objects.exists()
    assert ActivityPage.objects.get(pk=page.pk).live
    assert Image.objects.filter(pk=image.pk).exists()
    assert default_storage.exists(files[0])


def test_requesting_changes_keeps_the_draft_and_its_photo_private(
    client, world, sent, django_capture_on_commit_callbacks
):
    _submission, page, image, files = sent
    task_state = page.current_workflow_state.current_task_state
    client.force_login(world.moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
            {"comment": "Vi mangler en adresse."},
        )
    client.logout()

    page.refresh_from_db()
    assert not page.live
    assert Image.objects.filter(pk=image.pk).exists() and default_storage.exists(files[0])
    listing = client.get("/api/v3/images/").json()
    assert image.pk not in {item["id"] for item in listing["items"]}
