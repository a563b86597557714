"""``manage.py strip_image_metadata``: images stored before uploads were stripped.

Such an image was saved straight from the phone's file, and Willow copied its EXIF (GPS
included) into every rendition. The command re-encodes the original, deletes the old file and
the renditions, and leaves clean images alone.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.page_cache import content_version

from .files import (
    GPS_LATITUDE,
    NO_METADATA,
    assert_upright_and_clean,
    camera_jpeg,
    image_bytes,
    metadata_of,
    random_part,
)
from .pages import publish_on_a_page

Image = get_image_model()


def stored_bytes(name: str) -> bytes:
    with default_storage.open(name, "rb") as f:
        return f.read()


def old_image(title="Loppemarked", data=None, name="IMG_2041.jpg"):
    """An image as it was stored before the fix: the uploaded bytes as they came."""
    image = Image(title=title, collection=Collection.get_first_root_node())
    image.file = ContentFile(data or camera_jpeg(), name=name)
    image.save()
    return image


def run(**options) -> str:
    out = io.StringIO()
    call_command("strip_image_metadata", stdout=out, stderr=out, **options)
    return out.getvalue()


@pytest.fixture
def published_photo(db):
    image = old_image()
    publish_on_a_page(image=image)
    rendition = image.get_rendition("fill-30x20")
    assert metadata_of(stored_bytes(rendition.file.name))["gps"][2] == GPS_LATITUDE
    return image, image.file.name, rendition.file.name


def test_an_old_photo_and_its_renditions_lose_their_gps(
    published_photo, django_capture_on_commit_callbacks
):
    image, old_original, old_rendition = published_photo
    version = content_version()

    with django_capture_on_commit_callbacks(execute=True):
        output = run()

    image.refresh_from_db()
    original = stored_bytes(image.file.name)
    assert_upright_and_clean(original)
    assert (image.width, image.height) == (40, 60)
    assert image.file_size == len(original)
    assert image.file.name.endswith(f"{random_part(image.file.name)}_IMG_2041.jpg")
    assert not default_storage.exists(old_original)
    assert not default_storage.exists(old_rendition)
    assert image.renditions.count() == 0
    assert metadata_of(stored_bytes(image.get_rendition("fill-30x20").file.name)) == NO_METADATA
    # Cached pages showed the deleted renditions: they are rendered afresh.
    assert content_version() > version
    assert f"Cleaned #{image.pk} “Loppemarked”" in output
    assert "Cleaned 1 of 1 images." in output


def test_running_it_again_changes_nothing(published_photo, django_capture_on_commit_callbacks):
    image, _original, _rendition = published_photo
    clean = old_image("Rådhuset", image_bytes("PNG"), "raadhus.png")
    with django_capture_on_commit_callbacks(execute=True):
        run()
    image.refresh_from_db()
    names = (image.file.name, clean.file.name)

    output = run()

    image.refresh_from_db()
    clean.refresh_from_db()
    assert (image.file.name, clean.file.name) == names
    assert "Cleaned 0 of 2 images." in output


def test_a_dry_run_only_reports(published_photo):
    image, original, rendition = published_photo

    output = run(dry_run=True)

    image.refresh_from_db()
    assert image.file.name == original and default_storage.exists(rendition)
    assert metadata_of(stored_bytes(original))["gps"][2] == GPS_LATITUDE
    assert "Would clean 1 of 1 images." in output


def test_a_missing_file_is_reported_and_the_rest_is_cleaned(
    published_photo, django_capture_on_commit_callbacks
):
    image, _original, _rendition = published_photo
    lost = old_image("Forsvundet", name="forsvundet.jpg")
    default_storage.delete(lost.file.name)

    with django_capture_on_commit_callbacks(execute=True):
        output = run()

    image.refresh_from_db()
    assert_upright_and_clean(stored_bytes(image.file.name))
    assert f"#{lost.pk} “Forsvundet”" in output
    assert "Cleaned 1 of 2 images; 1 could not be read." in output
