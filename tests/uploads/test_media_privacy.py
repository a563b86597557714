"""Uploads stay private until a published page uses them: API, downloads and every output.

The attacks from issue #12 (item 2), as an anonymous visitor would run them:

- ``GET /api/v3/images/`` listed a citizen's photo while its suggestion was still a draft,
  with the suggestion's title and a ``download_url`` to the original (GPS included);
- a document an association member uploaded through the API was listed in
  ``/api/v3/documents/`` and downloadable at once, before any moderation.

Staff and the member who owns the collection still see their files with their API token.
"""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import APIToken, Collection, PageViewRestriction

from activities.factories import ActivityPageFactory
from activities.models import ActivityPage
from core.factories import ImageFactory
from screens.factories import ScreenFactory
from tests.visibility import make_draft, make_expired, make_restricted, make_scheduled

from .files import camera_jpeg, metadata_of, random_part, upload
from .pages import publish_on_a_page, suggestion

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()

HIDDEN = {
    "draft": make_draft,
    "expired": make_expired,
    "login_restricted": lambda page: make_restricted(page, PageViewRestriction.LOGIN),
    "password_restricted": lambda page: make_restricted(page, PageViewRestriction.PASSWORD),
    "scheduled_for_future": make_scheduled,
}


def root_collection():
    # wagtail_factories would otherwise make each image a collection tree of its own.
    return Collection.get_first_root_node()


def token_for(user) -> str:
    return APIToken.create_token(user=user, name="Integration")[1]


def bearer(token) -> dict:
    return {"authorization": f"Bearer {token}"} if token else {}


def listed(client, kind: str, token=None, **params) -> set[int]:
    response = client.get(f"/api/v3/{kind}/", {"limit": 100, **params}, headers=bearer(token))
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def detail(client, kind: str, pk: int, token=None):
    return client.get(f"/api/v3/{kind}/{pk}/", headers=bearer(token))


def send_suggestion_with_photo(client, suggestion_page):
    response = client.post(suggestion_page.url, suggestion(upload("IMG_2041.jpg", camera_jpeg())))
    assert response.status_code == 302
    return Image.objects.get(), ActivityPage.objects.get(title="Loppemarked på Pilegården")


def approve(client, moderator, page) -> None:
    """What Mette does in the admin: Approve in the moderation workflow."""
    task_state = page.current_workflow_state.current_task_state
    client.force_login(moderator)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    client.logout()
    page.refresh_from_db()
    assert page.live


def stored_bytes(file) -> bytes:
    with file.storage.open(file.name, "rb") as f:
        return f.read()


# --- Images ----------------------------------------------------------------------------------


def test_a_citizen_photo_stays_out_of_the_image_api_until_the_suggestion_is_approved(
    client, world, suggestion_page
):
    image, page = send_suggestion_with_photo(client, suggestion_page)
    staff = token_for(world.moderator)

    anonymous = client.get("/api/v3/images/", {"limit": 100})
    assert anonymous.status_code == 200
    assert image.pk not in {item["id"] for item in anonymous.json()["items"]}
    assert "Loppemarked" not in anonymous.content.decode()
    assert random_part(image.file.name) not in anonymous.content.decode()
    assert detail(client, "images", image.pk).status_code == 404
    assert image.pk not in listed(client, "images", search="Loppemarked")
    # Staff see it, to moderate it.
    assert image.pk in listed(client, "images", staff)
    assert detail(client, "images", image.pk, staff).status_code == 200

    approve(client, world.moderator, page)

    assert image.pk in listed(client, "images")
    assert image.pk in listed(client, "images", search="Loppemarked")
    published = detail(client, "images", image.pk)
    assert published.status_code == 200
    # The original behind download_url is the stripped one.
    assert published.json()["meta"]["download_url"] == image.file.url
    assert metadata_of(stored_bytes(image.file))["gps"] == {}

    page.unpublish()

    assert image.pk not in listed(client, "images")
    assert detail(client, "images", image.pk).status_code == 404


@pytest.mark.parametrize("case", HIDDEN)
def test_an_image_only_a_hidden_page_uses_is_not_in_the_api(client, world, case):
    image = ImageFactory(title="Havnen ved solnedgang", collection=root_collection())
    page = publish_on_a_page(image=image, parent=world.home)
    assert image.pk in listed(client, "images")

    HIDDEN[case](page)

    assert image.pk not in listed(client, "images")
    assert detail(client, "images", image.pk).status_code == 404
    assert image.pk in listed(client, "images", token_for(world.moderator))


def test_an_image_in_an_unapproved_change_to_a_live_page_stays_private(client, world):
    logo = ImageFactory(title="Nyt logo til petanqueklubben", collection=root_collection())
    association = world.association_a.specific
    association.logo = logo
    revision = association.save_revision(user=world.member_a)

    assert logo.pk not in listed(client, "images")

    revision.publish()

    assert logo.pk in listed(client, "images")


def test_an_image_in_a_body_block_of_a_live_page_is_public(client, world):
    image = ImageFactory(title="Koncert i Pilegården", collection=root_collection())
    block = {"image": {"image": image.pk, "alt_text": "Et kor synger", "decorative": False}}
    ActivityPageFactory(
        parent=world.activity_index,
        title="Sommerkoncert",
        body=[{"type": "image", "value": {**block, "caption": ""}}],
    )
    unused = ImageFactory(title="Ubrugt billede", collection=root_collection())

    ids = listed(client, "images")

    assert image.pk in ids and unused.pk not in ids


def test_members_see_their_own_collection_and_no_other(client, world):
    own = ImageFactory(title="Træning", collection=world.association_a.access.collection)
    others = ImageFactory(title="Kaproning", collection=world.association_b.access.collection)

    member_a = listed(client, "images", token_for(world.member_a))
    staff = listed(client, "images", token_for(world.moderator))

    assert own.pk in member_a and others.pk not in member_a
    assert {own.pk, others.pk} <= staff
    assert detail(client, "images", others.pk, token_for(world.member_a)).status_code == 404


# --- Documents -------------------------------------------------------------------------------


def test_a_member_document_is_private_until_a_published_page_links_it(client, world):
    collection = world.association_a.access.collection
    member_token = token_for(world.member_a)
    created = client.post(
        "/api/v3/documents/",
        {
            "file": upload("vedtaegter.pdf", b"%PDF-1.4 udkast til vedtaegter"),
            "title": "Vedtægter (udkast)",
            "collection_id": collection.pk,
        },
        headers=bearer(member_token),
    )
    assert created.status_code == 201, created.content
    document = Document.objects.get()

    # Anonymous: not listed, no detail, no download.
    assert document.pk not in listed(client, "documents")
    assert detail(client, "documents", document.pk).status_code == 404
    download = client.get(document.url)
    assert download.status_code == 404
    assert b"udkast til vedtaegter" not in download.content
    # Its member and staff see it; the other association does not.
    assert document.pk in listed(client, "documents", member_token)
    assert document.pk in listed(client, "documents", token_for(world.moderator))
    assert document.pk not in listed(client, "documents", token_for(world.member_b))
    client.force_login(world.member_a)
    own = client.get(document.url)
    assert own.status_code == 200
    assert "no-store" in own["Cache-Control"]  # no shared cache keeps the unpublished file
    client.force_login(world.member_b)
    assert client.get(document.url).status_code == 404
    client.logout()

    # The member links it from a new activity: a draft awaiting moderation is not enough.
    body = [{"type": "document", "value": {"document": document.pk, "title": "Læs forslaget"}}]
    draft = ActivityPageFactory(
        parent=world.association_a, title="Generalforsamling", body=body, live=False
    )
    assert document.pk not in listed(client, "documents")
    assert client.get(document.url).status_code == 404

    draft.save_revision().publish()

    assert document.pk in listed(client, "documents")
    published = client.get(document.url)
    assert published.status_code == 200
    assert "no-store" not in published.get("Cache-Control", "")
    assert b"".join(published.streaming_content) == b"%PDF-1.4 udkast til vedtaegter"


# --- Every other public output ----------------------------------------------------------------


def public_outputs(world) -> list[str]:
    today = timezone.localdate()
    window = {"from": today.isoformat(), "to": (today + dt.timedelta(days=30)).isoformat()}
    occurrences = "/api/v3/activities/occurrences/?from={from}&to={to}".format(**window)
    return [
        "/sitemap.xml",
        "/soeg/?q=Loppemarked",
        "/api/v3/search/?q=Loppemarked",
        "/api/v3/pages/?limit=100&type=activities.ActivityPage",
        "/api/v3/images/?limit=100",
        occurrences,
        "/feeds/aktiviteter.ics",
        "/feeds/nyheder/",
        "/api/v3/screens/raadhuset/feed/",
        world.activity_index.url,
    ]


def test_an_unapproved_photo_appears_in_no_public_output(client, world, suggestion_page):
    ScreenFactory(key="raadhuset", activity_days=30, activity_limit=20)
    image, page = send_suggestion_with_photo(client, suggestion_page)
    marker = random_part(image.file.name)  # in the name of the original and every rendition

    for url in public_outputs(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert marker not in response.content.decode(), url
    draft = client.get(page.url)
    assert draft.status_code == 404 and marker not in draft.content.decode()
    assert image.renditions.count() == 0

    # The outputs do show it once it is approved: the checks above can see a leak.
    approve(client, world.moderator, page)
    shown = [url for url in public_outputs(world) if marker in client.get(url).content.decode()]
    assert "/api/v3/screens/raadhuset/feed/" in shown
    assert "/api/v3/images/?limit=100" in shown
    assert any(url.startswith("/api/v3/activities/occurrences/") for url in shown)
    assert marker in client.get(page.url).content.decode()


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_a_nul_character_in_the_search_is_a_clear_error(client, world, kind):
    # PostgreSQL refuses NUL bytes in text; Wagtail's search answered 500. The API's input
    # guard (core.api.guard) refuses control characters in any parameter with a 400.
    response = client.get(f"/api/v3/{kind}/", {"search": "havn\x00en"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "search"]
