"""Documents: only allow-listed types get in, by any path; downloads are inert attachments.

Local file storage here; tests/ops/test_s3_storage.py repeats the download checks on S3.
"""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from core.documents import DOCUMENT_CSP

from .files import SVG_WITH_SCRIPT, upload
from .pages import publish_on_a_page

Document = get_document_model()

BAD_DOCUMENTS = {
    "html": ("side.html", b"<script>alert(document.cookie)</script>", "Filendelse “html”"),
    "svg": ("logo.svg", SVG_WITH_SCRIPT, "Filendelse “svg”"),
    "double_extension": ("rapport.pdf.html", b"<h1>Rapport</h1>", "Filendelse “html”"),
    "executable": ("program.exe", b"MZ\x90\x00", "Filendelse “exe”"),
    "no_extension": ("README", b"Hej", "Filendelse “”"),
    "zero_bytes": ("tom.pdf", b"", "Den indsendte fil er tom."),
}
ALLOWED = "Tilladte filendelser er: csv, docx, odt, ods, pdf, pptx, rtf, txt, xlsx."


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


def bad_document(case):
    name, data, _message = BAD_DOCUMENTS[case]
    return upload(name, data)


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_admin_add_view_refuses_documents_outside_the_allow_list(
    case, editor_client, root_collection, stored_files
):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bilag", "file": bad_document(case), "collection": root_collection.pk},
    )

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert BAD_DOCUMENTS[case][2] in errors
    assert Document.objects.count() == 0
    assert stored_files() == set()


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_admin_multiple_upload_refuses_documents_outside_the_allow_list(
    case, editor_client, root_collection, stored_files
):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": bad_document(case), "collection": root_collection.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert BAD_DOCUMENTS[case][2] in response.json()["error_message"]
    assert Document.objects.count() == 0
    assert stored_files() == set()


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_api_document_create_refuses_documents_outside_the_allow_list(
    case, client, api_token, root_collection, stored_files
):
    response = client.post(
        "/api/v3/documents/",
        {"file": bad_document(case), "title": "Bilag"},
        headers={"authorization": f"Bearer {api_token}"},
    )

    assert response.status_code == 422
    messages = [error["msg"] for error in response.json()["errors"]]
    assert any(BAD_DOCUMENTS[case][2] in message for message in messages), messages
    assert Document.objects.count() == 0
    assert stored_files() == set()


def test_the_refusal_names_the_allowed_types(editor_client, root_collection):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bilag", "file": bad_document("html"), "collection": root_collection.pk},
    )

    assert ALLOWED in " ".join(response.context["form"].errors["file"])


# --- Downloads ----------------------------------------------------------------------------


def make_document(collection, name="referat.pdf", data=b"%PDF-1.4 referat"):
    document = Document(title="Referat", file=upload(name, data), collection=collection)
    document.save()
    return document


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "name, data", [("referat.pdf", b"%PDF-1.4 referat"), ("noter.txt", b"<script>x</script>")]
)
def test_a_download_is_an_inert_attachment(client, root_collection, name, data):
    document = make_document(root_collection, name, data)
    publish_on_a_page(document=document)

    response = client.get(document.url)

    assert response.status_code == 200
    assert body(response) == data
    assert response["Content-Disposition"].startswith("attachment")
    assert name in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_with_a_wrong_filename_in_the_url_is_not_found(client, root_collection):
    document = make_document(root_collection)
    publish_on_a_page(document=document)

    response = client.get(f"/documents/{document.pk}/andet-navn.pdf")

    assert response.status_code == 404


@pytest.fixture
def private_collection(root_collection):
    collection = root_collection.add_child(name="Interne bilag")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_private_document_is_refused_to_anonymous_visitors(client, private_collection):
    document = make_document(private_collection, data=b"%PDF-1.4 fortroligt")

    response = client.get(document.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not response.streaming and b"fortroligt" not in response.content


def test_a_password_protected_document_shows_the_password_form_not_the_file(
    client, root_collection
):
    collection = root_collection.add_child(name="Bestyrelsen")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="hemmeligt",
    )
    document = make_document(collection, data=b"%PDF-1.4 fortroligt")

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"fortroligt" not in response.content
    assert 'name="password"' in response.content.decode()
    # The form must be able to submit: no sandboxing CSP on it.
    assert response.get("Content-Security-Policy") != DOCUMENT_CSP


def test_a_private_document_reaches_a_logged_in_user_and_no_shared_cache(
    editor_client, private_collection
):
    document = make_document(private_collection, data=b"%PDF-1.4 fortroligt")

    response = editor_client.get(document.url)

    assert response.status_code == 200
    assert body(response) == b"%PDF-1.4 fortroligt"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
