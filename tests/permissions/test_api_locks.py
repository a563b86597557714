"""The permission matrix under locks: every API v3 page action on an own-association page.

A member may edit, revert, copy, move and delete their association's drafts through the API
(the controls below show each of those working). While the page is awaiting review (a
workflow lock) or is locked by someone else (a manual lock), every action is refused with
403 problem+json and nothing in the database changes. Staff are held to manual locks too.
"""

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.actions import action_registry
from wagtail.models import Locale, Page

from activities.factories import ActivityPageFactory
from activities.models import ActivityPage
from associations.actions import HonoursLocks
from associations.moderation import submit_for_moderation

from .matrix import fingerprint

API = "/api/v3/pages/"

#: Every page action route of Wagtail 8's API v3 (``wagtail.api.v3.routers.pages``).
ACTIONS = [
    "update",
    "delete",
    "delete (action)",
    "publish",
    "unpublish",
    "copy",
    "move",
    "revert",
    "create_alias",
    "convert_alias",
    "copy_for_translation",
]
#: What a member may do to an own-association draft when nothing is locked.
MEMBER_CONTROLS = {
    "update": 200,
    "delete": 204,
    "delete (action)": 204,
    "copy": 201,
    "move": 200,
    "revert": 200,
    "convert_alias": 200,
}
#: What needs publish rights (or, for translation, a superuser): staff controls.
STAFF_CONTROLS = {
    "publish": 200,
    "unpublish": 200,
    "create_alias": 201,
    "copy_for_translation": 201,
}


@pytest.fixture
def pages(world):
    """An own-association draft with two revisions, a live page and an alias of it."""
    Locale.objects.get_or_create(language_code="en")
    draft = ActivityPageFactory(parent=world.association_a, title="Sommerturnering", live=False)
    draft.save_revision(user=world.member_a)
    draft.title = "Sommerturnering 2030"
    draft.save_revision(user=world.member_a)
    live = world.activity_a
    live.save_revision(user=world.member_a)
    alias = live.create_alias(parent=world.association_a, update_slug="petanque-kopi")
    return {"draft": ActivityPage.objects.get(pk=draft.pk), "live": live, "alias": alias}


def request_for(action, pages, world):
    """``(page, method, url, payload)`` for an action, on the page the action applies to."""
    own = world.association_a
    page = {"publish": pages["draft"], "unpublish": pages["live"], "convert_alias": pages["alias"]}
    page = page.get(action, pages["draft"])
    if action == "copy_for_translation":
        page = pages["live"]
    url = f"{API}{page.pk}/actions/{action}/"
    method, payload = "post", {}
    if action == "update":
        method, url = "patch", f"{API}{page.pk}/"
        payload = {"meta": {"type": "activities.ActivityPage"}, "title": "Overskrevet"}
    elif action == "delete":
        method, url, payload = "delete", f"{API}{page.pk}/", None
    elif action == "delete (action)":
        method, url, payload = "delete", f"{API}{page.pk}/actions/delete/", None
    elif action == "copy":
        payload = {"destination_id": own.pk, "slug": "kopi", "keep_live": False}
    elif action == "move":
        payload = {"destination_id": own.pk, "position": "first-child"}
    elif action == "revert":
        payload = {"revision_id": page.revisions.order_by("created_at", "pk").first().pk}
    elif action == "create_alias":
        payload = {"destination_id": own.pk, "slug": "alias"}
    elif action == "copy_for_translation":
        payload = {"locale": "en", "copy_parents": True}
    return page, method, url, payload


def lock(kind, page, world):
    if kind == "workflow":
        # Submitted by the member: awaiting the moderators' review.
        submit_for_moderation(page, world.member_a)
    else:
        Page.objects.filter(pk=page.pk).update(
            locked=True, locked_by=world.moderator, locked_at=timezone.now()
        )


def refused_under(kind, actor, pages, world, api_as, actions):
    api = api_as(actor)
    failures = []
    for action in actions:
        if kind == "workflow" and action == "convert_alias":
            # An alias has no revisions of its own and can never be submitted for review.
            continue
        # Each action in a savepoint rolled back afterwards: one that wrongly succeeds
        # cannot change what the next one finds.
        with transaction.atomic():
            failures += refusal_failures(kind, action, api, pages, world)
            transaction.set_rollback(True)
    return failures


def refusal_failures(kind, action, api, pages, world) -> list[str]:
    page, method, url, payload = request_for(action, pages, world)
    lock(kind, page, world)
    before = fingerprint(page)
    response = api(method, url, payload)
    if response.status_code != 403:
        return [f"{action}: {response.status_code}"]
    if response["Content-Type"] != "application/problem+json":
        return [f"{action}: not problem+json"]
    if fingerprint(page) != before:
        return [f"{action}: database changed"]
    return []


@pytest.mark.parametrize("kind", ["workflow", "manual"])
def test_member_is_refused_every_api_action_on_a_locked_own_page(world, pages, api_as, kind):
    assert refused_under(kind, world.member_a, pages, world, api_as, ACTIONS) == []


@pytest.mark.parametrize("action", sorted(MEMBER_CONTROLS))
def test_without_a_lock_the_member_may_do_it(world, pages, api_as, action):
    """Control: the refusals above are the locks' doing, not missing permissions."""
    _page, method, url, payload = request_for(action, pages, world)
    response = api_as(world.member_a)(method, url, payload)
    assert response.status_code == MEMBER_CONTROLS[action], response.content


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("sofie", "sofie@example.com", "x")


def test_staff_are_refused_every_api_action_on_a_page_someone_else_locked(
    world, pages, api_as, superuser
):
    assert refused_under("manual", superuser, pages, world, api_as, ACTIONS) == []


@pytest.mark.parametrize("action", sorted(STAFF_CONTROLS))
def test_without_a_lock_staff_may_do_it(world, pages, api_as, superuser, action):
    _page, method, url, payload = request_for(action, pages, world)
    response = api_as(superuser)(method, url, payload)
    assert response.status_code == STAFF_CONTROLS[action], response.content


def test_the_lock_holder_and_the_reviewers_are_not_locked_out(world, pages, api_as):
    """A manual lock binds everybody but its holder; a workflow lock binds non-reviewers."""
    page = pages["draft"]
    payload = {"meta": {"type": "activities.ActivityPage"}, "title": "Rettet af Kommunikation"}
    moderator = api_as(world.moderator)
    lock("manual", page, world)
    assert moderator("patch", f"{API}{page.pk}/", payload).status_code == 200
    Page.objects.filter(pk=page.pk).update(locked=False, locked_by=None)
    lock("workflow", page, world)
    assert moderator("patch", f"{API}{page.pk}/", payload).status_code == 200


def test_the_message_says_why(world, pages, api_as):
    page = pages["draft"]
    member = api_as(world.member_a)
    lock("manual", page, world)
    response = member("post", *request_for("revert", pages, world)[2:])
    assert response.json()["detail"] == "Siden er låst af en anden bruger og kan ikke ændres."


def test_every_page_action_wagtail_registers_honours_locks():
    """A page action added to Wagtail's registry without the lock rule fails here."""
    actions = action_registry.get_actions_for_model(ActivityPage)
    unguarded = {
        name
        for name, action_class in actions.items()
        if not issubclass(action_class, HonoursLocks)
    }
    # Creating adds a new page; a parent's lock does not stop that in the admin either.
    assert unguarded == {"create"}
