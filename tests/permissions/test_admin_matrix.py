"""The permission matrix in the admin: a member of association A against everybody else's pages.

Every admin action on association B's pages and on the municipality's pages is refused with
403 or a redirect away from the action, and the database is unchanged afterwards.
"""

import pytest
from django.urls import reverse

from .matrix import (
    FOREIGN_TARGETS,
    FOREIGN_TARGETS_OF_BUSINESS,
    activity_form_data,
    admin_requests,
    fingerprint,
)

ACTIONS = [
    "edit (view)",
    "edit (save draft)",
    "edit (publish)",
    "preview",
    "preview (post)",
    "view draft",
    "revisions",
    "compare",
    "revert",
    "history",
    "workflow history",
    "copy",
    "copy (post)",
    "move",
    "move (confirm)",
    "delete",
    "delete (post)",
    "unpublish",
    "unpublish (post)",
    "lock",
    "privacy",
    "add child",
]


def refused(response, url) -> bool:
    if response.status_code == 302:
        # Wagtail sends a user without permission to the dashboard with a message.
        return response["Location"] in ("/admin/", reverse("wagtailadmin_home")) or response[
            "Location"
        ].startswith(reverse("wagtailadmin_login"))
    return response.status_code in (403, 404)


def refused_actions(client, world, user, page) -> list[str]:
    client.force_login(user)
    failures = []
    for action in ACTIONS:
        method, url, data = admin_requests(page, world)[action]
        before = fingerprint(page)
        response = getattr(client, method)(url, data) if data is not None else client.get(url)
        if not refused(response, url):
            failures.append(f"{action}: {response.status_code}")
        if fingerprint(page) != before:
            failures.append(f"{action}: database changed")
    return failures


@pytest.mark.parametrize("target", FOREIGN_TARGETS)
def test_member_is_refused_on_pages_of_others(client, world, target):
    assert refused_actions(client, world, world.member_a, getattr(world, target)) == []


@pytest.mark.parametrize("target", FOREIGN_TARGETS_OF_BUSINESS)
def test_business_member_is_refused_on_pages_of_others(client, world, target):
    page = getattr(world, target)
    assert refused_actions(client, world, world.business_member, page) == []


GET_CONTROLS = ["edit (view)", "revisions", "compare", "history", "copy", "move", "delete"]


def test_the_same_urls_work_for_a_moderator(client, world):
    """Control: the refused URLs are real; a moderator gets the pages."""
    client.force_login(world.moderator)
    page = world.activity_b
    for action in GET_CONTROLS:
        _method, url, _data = admin_requests(page, world)[action]
        assert client.get(url).status_code == 200, action


def test_explorer_lists_only_the_own_association(client, world):
    client.force_login(world.member_a)
    response = client.get(reverse("wagtailadmin_explore", args=[world.association_index.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert world.association_a.title in content
    assert world.association_b.title not in content


def test_member_sees_no_users_or_settings_menu(client, world):
    client.force_login(world.member_a)
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)
    assert client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)
    assert client.get(reverse("wagtailsites:index")).status_code in (302, 403)
    response = client.get(reverse("association_memberships:index"))
    assert response.status_code in (302, 403)


OWN_ALLOWED = ["edit (view)", "view draft", "revisions", "compare", "history"]
OWN_REFUSED = ["unpublish (post)", "lock", "delete (post)"]


def test_member_works_on_own_pages_but_cannot_publish_unpublish_lock_or_delete(client, world):
    page = world.activity_a
    client.force_login(world.member_a)
    requests = admin_requests(page, world)
    for action in OWN_ALLOWED:
        _method, url, _data = requests[action]
        assert client.get(url).status_code == 200, action
    for action in OWN_REFUSED:
        method, url, data = requests[action]
        before = fingerprint(page)
        response = getattr(client, method)(url, data)
        assert refused(response, url), action
        assert fingerprint(page) == before, action
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(preview_url, activity_form_data(page, title="Forhåndsvisning"))
    assert response.json()["is_valid"] is True
    assert "Forhåndsvisning" in client.get(preview_url).content.decode()
    # Publishing through the full editor form saves at most a draft.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        activity_form_data(page, title="Udgivet af medlem", **{"action-publish": "1"}),
    )
    page.refresh_from_db()
    assert page.live and not page.locked
    assert page.title == "Petanque for begyndere"
