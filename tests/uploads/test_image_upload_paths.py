"""Every way an image gets in refuses the same bad files with the same Danish message.

Paths: the admin's "Add an image" form, the chooser's upload tab, replacing an image's file,
the admin's multiple-upload endpoint, the API v3 ``POST /api/v3/images/`` (token holders) and
the public "Foreslå en aktivitet" form. For each bad file: a form/API error (never a 500), no
Image row, and no file left in media storage.
"""

import html

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, WorkflowState

from submissions.models import Submission

from .files import BAD_IMAGES, bad_image, image_bytes, upload
from .pages import suggestion

CASES = sorted(BAD_IMAGES)


def message_for(case: str) -> str:
    return BAD_IMAGES[case][3]


def image_count() -> int:
    return get_image_model().objects.count()


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


# --- Admin: "Tilføj et billede" ---------------------------------------------------------


def admin_add(client, file, collection):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Testbillede", "file": file, "collection": collection.pk, "tags": ""},
    )


@pytest.mark.parametrize("case", CASES)
def test_admin_add_view_refuses_bad_image_with_danish_form_error(
    case, editor_client, root_collection, stored_files
):
    response = admin_add(editor_client, bad_image(case), root_collection)

    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors["file"]
    assert any(message_for(case) in error for error in errors), errors
    assert message_for(case) in html.unescape(response.content.decode())
    assert image_count() == 0
    assert stored_files() == set()


def test_admin_add_view_accepts_a_good_image(editor_client, root_collection):
    response = admin_add(editor_client, upload("fint.png", image_bytes()), root_collection)

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 60


def test_admin_add_view_shows_the_limits_in_danish(editor_client):
    response = editor_client.get(reverse("wagtailimages:add"))

    content = response.content.decode().replace("\xa0", " ")
    assert "GIF, JPG, PNG, WEBP. Højst 10,0 MB og 40,0 megapixel" in content


# --- Admin: the image chooser's upload tab, and replacing an image's file ------------------


@pytest.mark.parametrize("case", ["truncated_jpeg", "png_20000x20000", "svg_with_script"])
def test_admin_chooser_upload_refuses_bad_image(
    case, editor_client, root_collection, stored_files
):
    response = editor_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Fra vælgeren",
            "image-chooser-upload-file": bad_image(case),
            "image-chooser-upload-collection": root_collection.pk,
            "image-chooser-upload-tags": "",
        },
    )

    assert response.status_code == 200
    body = response.json()
    assert body["step"] == "reshow_creation_form"
    assert message_for(case) in body["htmlFragment"]
    assert image_count() == 0
    assert stored_files() == set()


def test_replacing_an_image_file_with_a_damaged_one_keeps_the_old_file(
    editor_client, root_collection
):
    image = get_image_model().objects.create(
        title="Rådhuset", file=upload("raadhus.png", image_bytes()), collection=root_collection
    )
    original = image.file.name

    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "Rådhuset",
            "file": bad_image("truncated_jpeg"),
            "collection": root_collection.pk,
            "tags": "",
        },
    )

    assert response.status_code == 200
    assert message_for("truncated_jpeg") in " ".join(response.context["form"].errors["file"])
    image.refresh_from_db()
    assert image.file.name == original and image.file.storage.exists(original)


# --- Admin: multiple upload (the drag-and-drop page posts each file here) -----------------


@pytest.mark.parametrize("case", CASES)
def test_admin_multiple_upload_refuses_bad_image(
    case, editor_client, root_collection, stored_files
):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": bad_image(case), "collection": root_collection.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert message_for(case) in body["error_message"]
    assert image_count() == 0
    assert stored_files() == set()


# --- API v3: POST /api/v3/images/ ---------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_api_image_create_refuses_bad_image(
    case, client, api_token, root_collection, stored_files
):
    response = client.post(
        "/api/v3/images/",
        {"file": bad_image(case), "title": "Fra kalenderen"},
        headers={"authorization": f"Bearer {api_token}"},
    )

    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["loc"] == ["file"] and error["type"] == BAD_IMAGES[case][2]
    assert message_for(case) in error["msg"]
    assert image_count() == 0
    assert stored_files() == set()


def test_api_image_create_accepts_a_good_image(client, api_token):
    response = client.post(
        "/api/v3/images/",
        {"file": upload("fint.jpg", image_bytes("JPEG")), "title": "Fra kalenderen"},
        headers={"authorization": f"Bearer {api_token}"},
    )

    assert response.status_code == 201, response.content
    assert get_image_model().objects.get().title == "Fra kalenderen"


# --- Public form: "Foreslå en aktivitet" --------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_public_suggestion_form_refuses_bad_image(case, client, suggestion_page, stored_files):
    pages_before = Page.objects.count()

    response = client.post(suggestion_page.url, suggestion(bad_image(case)))

    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert message_for(case) in content
    assert "Ret de fejl, der er markeret nedenfor. Der er ikke sendt noget endnu." in content
    assert image_count() == 0
    assert Page.objects.count() == pages_before
    assert Submission.objects.count() == 0 and WorkflowState.objects.count() == 0
    assert stored_files() == set()


def test_public_suggestion_form_accepts_a_good_image(client, suggestion_page):
    response = client.post(
        suggestion_page.url, suggestion(upload("fint.webp", image_bytes("WEBP")))
    )

    assert response.status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".webp")
