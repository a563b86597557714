"""API v3 writes with an association member's token: own association yes, elsewhere 403."""

import json

import pytest
from wagtail.models import APIToken, Locale, Page, WorkflowState

from activities.models import ActivityPage

from .matrix import fingerprint

API = "/api/v3/pages/"


@pytest.fixture
def api(api_as, world):
    return api_as(world.member_a)


def activity_payload(parent, **fields):
    start = "2030-06-01T18:00:00+02:00"
    payload = {
        "meta": {"type": "activities.ActivityPage", "parent_id": parent.pk},
        "title": "Sankthans ved stranden",
        "slug": "sankthans",
    }
    # Only the fields the model exposes as writable can be sent.
    writable = {field.name for field in _writable(ActivityPage)}
    optional = {
        "summary": "Bål, båltale og fællessang.",
        "start": start,
        "end": "2030-06-01T21:00:00+02:00",
        "address": "Vallensbæk Strand",
    }
    payload.update({k: v for k, v in optional.items() if k in writable})
    payload.update(fields)
    return payload


def _writable(model):
    from wagtail.api.conf import APIField

    return APIField.get_writable_fields_for_model(model)


def test_member_creates_a_draft_under_own_association_and_it_is_submitted(api, world):
    response = api("post", API, activity_payload(world.association_a))
    assert response.status_code == 201, response.content
    page = ActivityPage.objects.get(slug="sankthans")
    assert not page.live
    assert page.get_parent().pk == world.association_a.pk
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == world.member_a


def test_activity_ending_before_it_starts_is_refused_with_a_message(api, world):
    payload = activity_payload(world.association_a, end="2030-06-01T17:00:00+02:00")
    response = api("post", API, payload)
    assert response.status_code in (400, 422), response.content
    assert "end" in response.content.decode()
    assert not ActivityPage.objects.filter(slug="sankthans").exists()


def test_member_creates_association_news_draft_and_it_is_submitted(api, world):
    """Same path with a page type that needs no writable fields beyond title and slug."""
    payload = {
        "meta": {"type": "news.NewsArticlePage", "parent_id": world.association_a.pk},
        "title": "Ny bane indviet",
        "slug": "ny-bane",
    }
    response = api("post", API, payload)
    assert response.status_code == 201, response.content
    page = Page.objects.get(slug="ny-bane")
    assert not page.live
    assert page.get_parent().pk == world.association_a.pk
    assert page.current_workflow_state.requested_by == world.member_a
    # Moderators hear about it like any admin submission.
    from django.core import mail

    assert any(world.moderator.email in m.to for m in mail.outbox)


def test_same_news_under_another_association_is_refused(api, world):
    payload = {
        "meta": {"type": "news.NewsArticlePage", "parent_id": world.association_b.pk},
        "title": "Ny bane indviet",
        "slug": "ny-bane",
    }
    assert api("post", API, payload).status_code == 403
    assert not Page.objects.filter(slug="ny-bane").exists()


@pytest.mark.parametrize(
    "parent", ["association_b", "activity_index", "association_index", "home", "guide_index"]
)
def test_member_cannot_create_pages_elsewhere(api, world, parent):
    before = Page.objects.count()
    response = api("post", API, activity_payload(getattr(world, parent)))
    assert response.status_code == 403, response.content
    assert Page.objects.count() == before


def test_member_cannot_create_and_publish_even_under_own_association(api, world):
    before = Page.objects.count()
    payload = activity_payload(world.association_a)
    payload["meta"]["action"] = "publish"
    response = api("post", API, payload)
    assert response.status_code == 403, response.content
    assert Page.objects.count() == before


@pytest.mark.parametrize("target", ["activity_b", "news_b", "association_b", "municipal_activity"])
def test_member_cannot_update_or_act_on_pages_of_others(api, world, target):
    Locale.objects.get_or_create(language_code="en")
    page = getattr(world, target)
    revision = page.get_latest_revision() or page.save_revision()
    before = fingerprint(page)
    requests = [
        ("patch", f"{API}{page.pk}/", {"title": "Overtaget"}),
        ("delete", f"{API}{page.pk}/", None),
        ("delete", f"{API}{page.pk}/actions/delete/", None),
        ("post", f"{API}{page.pk}/actions/publish/", {}),
        ("post", f"{API}{page.pk}/actions/unpublish/", {}),
        ("post", f"{API}{page.pk}/actions/copy/", {"destination_id": world.association_a.pk}),
        ("post", f"{API}{page.pk}/actions/move/", {"destination_id": world.association_a.pk}),
        ("post", f"{API}{page.pk}/actions/revert/", {"revision_id": revision.pk}),
        (
            "post",
            f"{API}{page.pk}/actions/create_alias/",
            {"destination_id": world.association_a.pk},
        ),
        ("post", f"{API}{page.pk}/actions/copy_for_translation/", {"locale": "en"}),
    ]
    failures = []
    for method, url, payload in requests:
        response = api(method, url, payload)
        if response.status_code != 403:
            failures.append(f"{method} {url}: {response.status_code} {response.content[:200]}")
        if fingerprint(page) != before:
            failures.append(f"{method} {url}: database changed")
    assert failures == []


def test_member_cannot_read_revisions_of_others(api, world):
    world.activity_b.save_revision()
    response = api("get", f"{API}{world.activity_b.pk}/revisions/")
    assert response.status_code in (403, 404)


def test_member_cannot_publish_own_page_through_the_api(api, world):
    before = fingerprint(world.activity_a)
    response = api("post", f"{API}{world.activity_a.pk}/actions/publish/", {})
    assert response.status_code == 403
    assert fingerprint(world.activity_a) == before


def test_member_update_of_own_page_is_a_draft_in_moderation(api, world):
    response = api(
        "patch",
        f"{API}{world.activity_a.pk}/",
        {"meta": {"type": "activities.ActivityPage"}, "title": "Petanque for alle"},
    )
    assert response.status_code == 200, response.content
    page = ActivityPage.objects.get(pk=world.activity_a.pk)
    assert page.title == "Petanque for begyndere"
    assert page.get_latest_revision_as_object().title == "Petanque for alle"
    assert page.current_workflow_state.requested_by == world.member_a


def test_an_anonymous_or_revoked_token_cannot_write(client, world):
    token, plaintext = APIToken.create_token(user=world.member_a, name="gammel")
    token.revoked_at = token.created
    token.save()
    before = Page.objects.count()
    for headers in ({}, {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}):
        response = client.post(
            API,
            data=json.dumps(activity_payload(world.association_a)),
            content_type="application/json",
            **headers,
        )
        assert response.status_code == 401
    assert Page.objects.count() == before


def test_member_cannot_copy_own_live_page_as_a_live_copy(api, world):
    before = Page.objects.count()
    response = api(
        "post",
        f"{API}{world.activity_a.pk}/actions/copy/",
        {"destination_id": world.association_a.pk, "slug": "kopi", "keep_live": True},
    )
    assert response.status_code == 403, response.content
    assert Page.objects.count() == before


def test_member_cannot_unpublish_own_page(api, world):
    response = api("post", f"{API}{world.activity_a.pk}/actions/unpublish/", {})
    assert response.status_code == 403
    assert ActivityPage.objects.get(pk=world.activity_a.pk).live
