"""Media on S3: the settings the environment produces, exercised against a real S3 API.

moto's server mode listens on a loopback port of its own; the site talks to it through
django-storages and boto3 exactly as it would to AWS, MinIO or another S3-compatible service.
The storage settings are not written by hand here: they are what ``cms/settings/base.py``
builds from the documented environment variables, applied with ``override_settings`` for one
test at a time, so every other test keeps its local file storage.
"""

from __future__ import annotations

import io
import runpy
import urllib.request
import uuid
import warnings
from pathlib import Path

import boto3
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.documents import DOCUMENT_CSP
from submissions.models import ActivitySuggestionPage, Submission
from tests.uploads.files import NO_METADATA, assert_upright_and_clean, camera_jpeg, metadata_of
from tests.uploads.pages import publish_on_a_page, suggestion

REGION = "eu-north-1"
ACCESS_KEY = "vcms-test-access-key"
SECRET_KEY = "vcms-test-secret-key"  # moto accepts any credentials

Document = get_document_model()
Image = get_image_model()


@pytest.fixture(scope="module")
def s3_endpoint():
    """A moto S3 server on a free loopback port, for this module's tests."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_env(s3_endpoint, monkeypatch):
    """The environment an operator sets for S3 media, with a fresh bucket per test."""
    bucket = f"vallensbaek-media-{uuid.uuid4().hex[:12]}"
    env = {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_S3_ADDRESSING_STYLE": "path",
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def settings_from_environment() -> dict:
    """Evaluate cms/settings/base.py afresh against the current environment."""
    with warnings.catch_warnings():
        # runpy notes that the module is already imported; a fresh copy is the point.
        warnings.simplefilter("ignore", RuntimeWarning)
        return runpy.run_module("cms.settings.base", run_name="s3_settings_probe")


@pytest.fixture
def bucket(s3_env):
    client = boto3.client(
        "s3",
        endpoint_url=s3_env["AWS_S3_ENDPOINT_URL"],
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    name = s3_env["AWS_STORAGE_BUCKET_NAME"]
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.name = name
    return client


def s3_overrides() -> override_settings:
    """The storage settings production would have with the current environment."""
    probe = settings_from_environment()
    overrides = {name: value for name, value in probe.items() if name.startswith("AWS_")}
    storages = {**settings.STORAGES, "default": probe["STORAGES"]["default"]}
    return override_settings(STORAGES=storages, **overrides)


@pytest.fixture
def s3_media(bucket):
    """Media storage switched to the bucket for one test (Django resets the storages after)."""
    with s3_overrides():
        yield bucket


def keys(bucket) -> list[str]:
    listing = bucket.list_objects_v2(Bucket=bucket.name)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def object_bytes(bucket, key: str) -> bytes:
    return bucket.get_object(Bucket=bucket.name, Key=key)["Body"].read()


def png(size=(640, 480), color="teal") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username="redaktoer", email="redaktoer@example.com", password="s3-test-password"
    )


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


# --- Settings -----------------------------------------------------------------------------


def test_the_environment_switches_media_to_s3_without_overwrites(s3_env):
    probe = settings_from_environment()

    assert probe["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert probe["AWS_STORAGE_BUCKET_NAME"] == s3_env["AWS_STORAGE_BUCKET_NAME"]
    assert probe["AWS_S3_ENDPOINT_URL"] == s3_env["AWS_S3_ENDPOINT_URL"]
    assert probe["AWS_S3_FILE_OVERWRITE"] is False
    assert probe["AWS_DEFAULT_ACL"] is None
    assert probe["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    # Credentials stay in the environment, where boto3 reads them; never in settings.
    assert "AWS_ACCESS_KEY_ID" not in probe and "AWS_SECRET_ACCESS_KEY" not in probe


def test_without_a_bucket_media_stays_on_local_disk(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)

    probe = settings_from_environment()

    assert probe["STORAGES"]["default"]["BACKEND"] == (
        "django.core.files.storage.FileSystemStorage"
    )


def test_s3_is_switched_on_for_one_test_only(bucket):
    with s3_overrides():
        default_storage.exists("probe")  # builds the storage from the overridden settings
        assert type(default_storage._wrapped).__name__ == "S3Storage"
    default_storage.exists("probe")
    assert type(default_storage._wrapped).__name__ == "FileSystemStorage"


# --- Images -------------------------------------------------------------------------------


def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket(
    client, editor, root_collection, s3_media
):
    client.force_login(editor)
    local_before = set(Path(settings.MEDIA_ROOT).rglob("*"))

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Rådhuset",
            "file": SimpleUploadedFile("raadhuset.png", png(), content_type="image/png"),
            "collection": root_collection.pk,
            "tags": "",
        },
    )

    assert response.status_code == 302
    image = Image.objects.get()
    head = s3_media.head_object(Bucket=s3_media.name, Key=image.file.name)
    assert head["ContentLength"] == image.file_size == len(png())
    assert image.file.name.startswith("original_images/")
    assert image.file.name.endswith("_raadhuset.png")
    assert set(Path(settings.MEDIA_ROOT).rglob("*")) == local_before


def test_a_rendition_is_generated_from_s3_and_stored_there(s3_media, root_collection):
    image = Image(title="Rådhuset", collection=root_collection)
    image.file = ContentFile(png(), name="raadhuset.png")
    image.save()

    rendition = image.get_rendition("fill-160x120")

    assert rendition.file.name.startswith("images/")
    assert rendition.file.name in keys(s3_media)
    stored = PILImage.open(io.BytesIO(object_bytes(s3_media, rendition.file.name)))
    assert stored.size == (160, 120)
    # The URL the templates and the API hand out works against the S3 endpoint.
    assert rendition.url.startswith(s3_media.meta.endpoint_url)
    with urllib.request.urlopen(rendition.url, timeout=10) as fetched:
        assert fetched.read() == object_bytes(s3_media, rendition.file.name)


def test_a_refused_upload_leaves_nothing_in_the_bucket(client, editor, root_collection, s3_media):
    client.force_login(editor)
    good = png()

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Halvt billede",
            "file": SimpleUploadedFile("halvt.png", good[: len(good) // 2]),
            "collection": root_collection.pk,
            "tags": "",
        },
    )

    assert response.status_code == 200
    assert "Billedfilen er beskadiget" in " ".join(response.context["form"].errors["file"])
    assert Image.objects.count() == 0
    assert keys(s3_media) == []


# --- Documents ----------------------------------------------------------------------------


def make_document(collection, name="referat.pdf", data=b"%PDF-1.4 referat"):
    document = Document(title="Referat", collection=collection)
    document.file = ContentFile(data, name=name)
    document.save()
    return document


def test_a_document_is_streamed_from_s3_as_an_attachment(client, root_collection, s3_media):
    document = make_document(root_collection, "Referat byråd.pdf", b"%PDF-1.4 byraadsmoede")
    publish_on_a_page(document=document)

    response = client.get(document.url)

    # Streamed through the serve view, not redirected to a bucket URL.
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 byraadsmoede"
    assert response["Content-Disposition"].startswith("attachment")
    assert "filename*=UTF-8''Referat_byr%C3%A5d.pdf" in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert document.file.name in keys(s3_media)


def test_a_private_document_on_s3_is_refused_to_anonymous_visitors(
    client, editor, root_collection, s3_media
):
    collection = root_collection.add_child(name="Interne bilag")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document(collection, data=b"%PDF-1.4 fortroligt")

    anonymous = client.get(document.url)
    client.force_login(editor)
    editor_response = client.get(document.url)

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert not anonymous.streaming and b"fortroligt" not in anonymous.content
    assert editor_response.status_code == 200
    assert b"".join(editor_response.streaming_content) == b"%PDF-1.4 fortroligt"
    assert "no-store" in editor_response["Cache-Control"]


def test_two_uploads_with_the_same_name_do_not_overwrite_each_other(root_collection, s3_media):
    first = make_document(root_collection, "referat.pdf", b"%PDF-1.4 januar")
    second = make_document(root_collection, "referat.pdf", b"%PDF-1.4 februar")

    assert first.file.name != second.file.name
    assert len(keys(s3_media)) == 2
    assert object_bytes(s3_media, first.file.name) == b"%PDF-1.4 januar"
    assert object_bytes(s3_media, second.file.name) == b"%PDF-1.4 februar"


def test_two_images_with_the_same_name_do_not_overwrite_each_other(root_collection, s3_media):
    images = []
    for color in ("red", "blue"):
        image = Image(title=color, collection=root_collection)
        image.file = ContentFile(png((40, 40), color), name="logo.png")
        image.save()
        images.append(image)

    assert images[0].file.name != images[1].file.name
    assert object_bytes(s3_media, images[0].file.name) == png((40, 40), "red")
    assert object_bytes(s3_media, images[1].file.name) == png((40, 40), "blue")


# --- Uploads from citizens and members ----------------------------------------------------


def test_a_phone_photo_is_stored_in_the_bucket_without_gps(
    client, editor, root_collection, s3_media
):
    client.force_login(editor)

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Loppemarked",
            "file": SimpleUploadedFile("IMG_2041.jpg", camera_jpeg(), content_type="image/jpeg"),
            "collection": root_collection.pk,
            "tags": "",
        },
    )

    assert response.status_code == 302
    image = Image.objects.get()
    assert_upright_and_clean(object_bytes(s3_media, image.file.name))
    rendition = image.get_rendition("fill-20x30")
    assert metadata_of(object_bytes(s3_media, rendition.file.name)) == NO_METADATA


def test_an_unpublished_document_in_the_bucket_is_not_served(client, root_collection, s3_media):
    document = make_document(root_collection, "udkast.pdf", b"%PDF-1.4 budget-udkast-2027")

    before = client.get(document.url)
    publish_on_a_page(document=document)
    after = client.get(document.url)

    assert before.status_code == 404 and b"budget-udkast-2027" not in before.content
    assert after.status_code == 200
    assert b"".join(after.streaming_content) == b"%PDF-1.4 budget-udkast-2027"


def test_rejecting_a_suggestion_removes_its_photo_from_the_bucket(
    client, world, s3_media, django_capture_on_commit_callbacks
):
    form_page = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa")
    world.home.add_child(instance=form_page)
    client.post(form_page.url, suggestion(SimpleUploadedFile("IMG_2041.jpg", camera_jpeg())))
    image = Image.objects.get()
    image.get_rendition("max-165x165")
    assert len(keys(s3_media)) == 2  # the original and one rendition
    client.force_login(world.moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("public_submissions:delete", args=[Submission.objects.get().pk])
        )

    assert response.status_code == 302
    assert not Image.objects.exists()
    assert keys(s3_media) == []


def test_the_command_cleans_an_old_photo_in_the_bucket(
    root_collection, s3_media, django_capture_on_commit_callbacks
):
    image = Image(title="Loppemarked", collection=root_collection)
    image.file = ContentFile(camera_jpeg(), name="IMG_2041.jpg")
    image.save()
    old_keys = [image.file.name, image.get_rendition("fill-30x20").file.name]
    assert metadata_of(object_bytes(s3_media, old_keys[1]))["gps"]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("strip_image_metadata", stdout=io.StringIO())

    image.refresh_from_db()
    assert keys(s3_media) == [image.file.name]
    assert_upright_and_clean(object_bytes(s3_media, image.file.name))
