"""Issue #12.1: a member cannot get unreviewed text published by reverting during review.

The attack, as the security test ran it: the member submits harmful text, the moderator
requests changes, the member sends a harmless version (which the moderator then reviews), the
member reverts through the API to the harmful revision, and the moderator's approval publishes
whatever the latest revision is.
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from activities.models import ActivityPage

from .matrix import fingerprint

API = "/api/v3/pages/"
HARMFUL = "Gratis øl til alle under 18 – kom bare"
HARMLESS = "Petanque for hele familien"


@pytest.fixture
def member_api(api_as, world):
    return api_as(world.member_a)


def patch_title(member_api, page, title):
    response = member_api(
        "patch", f"{API}{page.pk}/", {"meta": {"type": "activities.ActivityPage"}, "title": title}
    )
    assert response.status_code == 200, response.content
    return ActivityPage.objects.get(pk=page.pk)


def workflow_action(client, page, action, **data):
    """The moderator's approve / request-changes button, as the admin posts it."""
    task_state = ActivityPage.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


def live_title(page):
    return ActivityPage.objects.get(pk=page.pk).title


def test_revert_to_the_harmful_revision_during_review_is_refused(client, world, member_api):
    page = world.activity_a
    # 1. The member submits harmful text.
    page = patch_title(member_api, page, HARMFUL)
    harmful_revision = page.latest_revision
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # 2. The moderator requests changes.
    client.force_login(world.moderator)
    workflow_action(client, page, "reject", comment="Det kan vi ikke skrive")
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # 3. The member sends a harmless version, which is what the moderator now reviews.
    page = patch_title(member_api, page, HARMLESS)
    assert page.current_workflow_task_state.revision_id == page.latest_revision_id

    # 4. The member reverts through the API to the harmful revision: refused, nothing changes.
    before = fingerprint(page)
    response = member_api(
        "post", f"{API}{page.pk}/actions/revert/", {"revision_id": harmful_revision.pk}
    )
    assert response.status_code == 403, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert "afventer godkendelse" in response.json()["detail"]
    assert fingerprint(page) == before

    # 5. The moderator approves: the harmless text is what goes live.
    response = workflow_action(client, page, "approve", comment="")
    assert response.status_code == 302
    assert live_title(page) == HARMLESS
    assert HARMLESS in client.get(ActivityPage.objects.get(pk=page.pk).url).content.decode()


def test_approval_never_publishes_a_member_revision_saved_after_the_review_started(
    client, world, member_api
):
    """However a newer revision gets in (here saved directly, as any missed path would),
    approving the reviewed one publishes nothing the moderator has not seen."""
    page = patch_title(member_api, world.activity_a, HARMLESS)
    reviewed = page.current_workflow_task_state.revision
    sneaked = page.get_latest_revision_as_object()
    sneaked.title = HARMFUL
    sneaked.save_revision(user=world.member_a)

    client.force_login(world.moderator)
    response = workflow_action(client, page, "approve", comment="")
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.title == "Petanque for begyndere"  # the live version is untouched
    assert page.live_revision_id != reviewed.pk
    assert HARMFUL not in client.get(page.url).content.decode()
    # The moderator is told why, on the page's editor.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("ændret" in message for message in messages), messages
    # The review is still open; requesting changes sends it back to the member.
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    workflow_action(client, page, "reject", comment="Siden er ændret undervejs")
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_approval_publishes_the_reviewed_revision(client, world, member_api):
    page = patch_title(member_api, world.activity_a, HARMLESS)
    reviewed = page.current_workflow_task_state.revision
    client.force_login(world.moderator)
    workflow_action(client, page, "approve", comment="Fint")
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.live_revision_id == reviewed.pk
    assert page.title == HARMLESS


def test_moderator_may_edit_and_approve_in_one_go(client, world, member_api):
    """Wagtail's "approve" in the editor saves the moderator's own corrections first; what
    the moderator wrote is what they reviewed, so that revision is published."""
    from .matrix import activity_form_data

    page = patch_title(member_api, world.activity_a, "Petanque for hele familjen")
    task_state = page.current_workflow_task_state
    client.force_login(world.moderator)
    data = activity_form_data(
        page.get_latest_revision_as_object(),
        title=HARMLESS,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.title == HARMLESS
    assert page.live_revision_id == page.latest_revision_id != task_state.revision_id
    assert page.current_workflow_state is None


def test_refused_approval_from_the_comment_dialog_sends_the_moderator_to_the_editor(
    client, world, member_api
):
    page = patch_title(member_api, world.activity_a, HARMLESS)
    sneaked = page.get_latest_revision_as_object()
    sneaked.title = HARMFUL
    sneaked.save_revision(user=world.member_a)

    client.force_login(world.moderator)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Ser fint ud"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor = client.get(response.json()["redirect"]).content.decode()
    assert "Intet er udgivet" in editor
    assert live_title(page) == "Petanque for begyndere"
