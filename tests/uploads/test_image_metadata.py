"""A phone photo loses its GPS position on every way in, and stands upright.

The photo is made here with Pillow the way a phone stores it: the pixels sideways with EXIF
orientation 6, the GPS position, camera make and model, XMP, a comment and an sRGB profile.
Each upload path must store an original without any of that metadata (the colour profile
kept), turned upright, under a name nobody can guess; and a rendition made from it must not
carry it either (Willow copies a source's EXIF into renditions).
"""

import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageSequence, PngImagePlugin
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.image_metadata import _webp_is_lossless
from core.uploads import ImageUploadField

from .files import (
    GPS_LATITUDE,
    NO_METADATA,
    SRGB_PROFILE,
    assert_upright_and_clean,
    camera_exif,
    camera_jpeg,
    image_bytes,
    metadata_of,
    random_part,
    two_colour_picture,
    upload,
)
from .pages import suggestion

Image = get_image_model()
PHOTO_NAME = "IMG_2041.jpg"


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


def stored_bytes(file) -> bytes:
    with file.open("rb") as f:
        return f.read()


# --- The upload paths ------------------------------------------------------------------------


def via_admin_add(client, collection, **_):
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Loppemarked",
            "file": upload(PHOTO_NAME, camera_jpeg()),
            "collection": collection.pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    return Image.objects.get()


def via_chooser_upload(client, collection, **_):
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Loppemarked",
            "image-chooser-upload-file": upload(PHOTO_NAME, camera_jpeg()),
            "image-chooser-upload-collection": collection.pk,
            "image-chooser-upload-tags": "",
        },
    )
    assert response.json()["step"] == "chosen", response.content
    return Image.objects.get()


def via_multiple_upload(client, collection, **_):
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(PHOTO_NAME, camera_jpeg()), "collection": collection.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is True, response.content
    return Image.objects.get()


def via_replacing_the_file(client, collection, **_):
    image = Image.objects.create(
        title="Loppemarked", file=upload("gammel.png", image_bytes()), collection=collection
    )
    old_name = image.file.name
    response = client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "Loppemarked",
            "file": upload(PHOTO_NAME, camera_jpeg()),
            "collection": collection.pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert image.file.name != old_name and not image.file.storage.exists(old_name)
    return image


def via_api(client, collection, api_token, **_):
    response = client.post(
        "/api/v3/images/",
        {"file": upload(PHOTO_NAME, camera_jpeg()), "title": "Loppemarked"}
        | {"collection_id": collection.pk},
        headers={"authorization": f"Bearer {api_token}"},
    )
    assert response.status_code == 201, response.content
    # The API answers with the stored image: no original of the phone's photo in it.
    assert response.json()["width"] == 40 and response.json()["height"] == 60
    return Image.objects.get()


def via_public_form(client, collection, suggestion_page, **_):
    client.logout()
    response = client.post(suggestion_page.url, suggestion(upload(PHOTO_NAME, camera_jpeg())))
    assert response.status_code == 302
    return Image.objects.get()


PATHS = {
    "admin_add": via_admin_add,
    "chooser_upload": via_chooser_upload,
    "multiple_upload": via_multiple_upload,
    "replacing_the_file": via_replacing_the_file,
    "api_post": via_api,
    "public_form": via_public_form,
}


@pytest.mark.parametrize("path", PATHS)
def test_a_phone_photo_is_stored_without_gps_and_upright(
    path, editor_client, root_collection, api_token, suggestion_page
):
    assert metadata_of(camera_jpeg())["gps"][2] == GPS_LATITUDE  # the test photo has it

    image = PATHS[path](
        editor_client,
        root_collection,
        api_token=api_token,
        suggestion_page=suggestion_page,
    )

    original = stored_bytes(image.file)
    assert_upright_and_clean(original)
    assert (image.width, image.height) == (40, 60)
    assert image.file_size in (None, len(original))
    with PILImage.open(io.BytesIO(original)) as picture:
        assert picture.info["icc_profile"] == SRGB_PROFILE
    # Named after the upload behind a random part: the URL cannot be guessed, nor can the
    # renditions' (Wagtail names them after the original, shortened from the end).
    token = random_part(image.file.name)
    assert image.file.name == f"original_images/{token}_{PHOTO_NAME}"

    rendition = image.get_rendition("format-webp|fill-1440x810-c100")
    assert token in rendition.file.name
    assert metadata_of(stored_bytes(rendition.file)) == NO_METADATA


def test_two_uploads_of_the_same_photo_get_different_unguessable_names(
    editor_client, root_collection
):
    for _ in range(2):
        editor_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Loppemarked",
                "file": upload(PHOTO_NAME, camera_jpeg()),
                "collection": root_collection.pk,
                "tags": "",
            },
        )

    names = [image.file.name for image in Image.objects.order_by("pk")]
    assert len(names) == 2 and random_part(names[0]) != random_part(names[1])


# --- Other formats, through the field every path uses -----------------------------------------


def cleaned(name: str, data: bytes) -> bytes:
    return ImageUploadField().clean(upload(name, data)).read()


def test_a_png_loses_its_exif_and_text_chunks_and_is_turned_upright():
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Karen Holm")
    text.add_text("Location", "Strandvejen 12")
    buffer = io.BytesIO()
    two_colour_picture().save(buffer, "PNG", exif=camera_exif(6), pnginfo=text)

    stored = cleaned("skaerm.png", buffer.getvalue())

    assert_upright_and_clean(stored)
    with PILImage.open(io.BytesIO(stored)) as picture:
        assert "Author" not in picture.info and "Location" not in picture.info


@pytest.mark.parametrize("lossless", [True, False])
def test_a_webp_loses_exif_and_xmp_and_keeps_lossless_and_colour_profile(lossless):
    buffer = io.BytesIO()
    two_colour_picture().save(
        buffer,
        "WEBP",
        exif=camera_exif(6),
        xmp=b"<x:xmpmeta>Strandvejen 12</x:xmpmeta>",
        icc_profile=SRGB_PROFILE,
        lossless=lossless,
    )

    stored = cleaned("foto.webp", buffer.getvalue())

    assert_upright_and_clean(stored)
    assert _webp_is_lossless(stored) is lossless
    with PILImage.open(io.BytesIO(stored)) as picture:
        assert picture.info["icc_profile"] == SRGB_PROFILE


def test_an_animated_gif_loses_its_comment_and_keeps_frames_timing_and_loop():
    frames = []
    for index in range(4):
        frame = PILImage.new("P", (30, 30), 0)
        frame.putpalette([0, 0, 0, 255, 255, 255] * 128)
        frame.putpixel((index, index), 1)
        frames.append(frame)
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300, 400],
        loop=0,
        comment=b"Optaget i haven, Strandvejen 12",
    )

    stored = cleaned("blink.gif", buffer.getvalue())

    assert b"Strandvejen" not in stored
    with PILImage.open(io.BytesIO(stored)) as animation:
        assert "comment" not in animation.info and animation.info["loop"] == 0
        durations = [frame.info["duration"] for frame in ImageSequence.Iterator(animation)]
    assert durations == [100, 200, 300, 400]


def test_a_photo_without_metadata_is_stored_byte_for_byte():
    buffer = io.BytesIO()
    two_colour_picture().save(buffer, "JPEG", quality=70)

    assert cleaned("ren.jpg", buffer.getvalue()) == buffer.getvalue()


def test_an_upload_that_cannot_be_written_back_is_a_form_error(monkeypatch):
    # Pillow decoding a file it cannot encode again must be the usual "damaged" message,
    # not a server error.
    def refuse(*args, **kwargs):
        raise OSError("encoder error -2")

    photo = upload(PHOTO_NAME, camera_jpeg())
    monkeypatch.setattr(PILImage.Image, "save", refuse)

    with pytest.raises(ValidationError) as caught:
        ImageUploadField().clean(photo)

    assert caught.value.code == "invalid_image"
    assert "Billedfilen er beskadiget" in caught.value.messages[0]
