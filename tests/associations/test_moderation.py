"""A member's change goes through "Godkendelse af foreningsindhold" before it is public."""

from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from activities.models import ActivityPage
from tests.permissions.matrix import activity_form_data


def submit_edit(client, page, **overrides):
    data = activity_form_data(page, **overrides)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_member_can_open_the_editor_of_own_pages(client, world):
    client.force_login(world.member_a)
    for page in (world.association_a, world.activity_a):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        # The editor offers submitting, never publishing.
        assert b"action-submit" in response.content
        assert b"action-publish" not in response.content


def test_member_submit_starts_moderation_and_emails_the_moderators(client, world):
    client.force_login(world.member_a)
    response = submit_edit(
        client, world.activity_a, title="Petanque for alle", **{"action-submit": "1"}
    )
    assert response.status_code == 302

    page = ActivityPage.objects.get(pk=world.activity_a.pk)
    assert page.title == "Petanque for begyndere"  # the live version is untouched
    assert page.get_latest_revision_as_object().title == "Petanque for alle"
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == world.member_a
    recipients = {address for message in mail.outbox for address in message.to}
    assert world.moderator.email in recipients
    assert world.member_b.email not in recipients


def test_member_publish_is_refused(client, world):
    client.force_login(world.member_a)
    submit_edit(
        client, world.activity_a, title="Udgivet uden godkendelse", **{"action-publish": "1"}
    )
    page = ActivityPage.objects.get(pk=world.activity_a.pk)
    assert page.title == "Petanque for begyndere"
    # At most a draft was saved; the live version did not move.
    assert page.live_revision_id != page.latest_revision_id
    assert page.has_unpublished_changes


def test_member_can_add_a_draft_activity_under_own_association(client, world):
    client.force_login(world.member_a)
    draft = ActivityPage(
        title="Sommerturnering",
        slug="sommerturnering",
        summary="Turnering for alle medlemmer.",
        start=world.activity_a.start,
        end=world.activity_a.end,
        address="Strandparken",
    )
    url = reverse(
        "wagtailadmin_pages:add", args=["activities", "activitypage", world.association_a.pk]
    )
    response = client.post(url, activity_form_data(draft, **{"action-submit": "1"}))
    assert response.status_code == 302
    created = ActivityPage.objects.get(slug="sommerturnering")
    assert not created.live
    assert created.organiser_id == world.association_a.pk
    assert created.workflow_in_progress


def _submit(client, world, title="Petanque for alle"):
    client.force_login(world.member_a)
    submit_edit(client, world.activity_a, title=title, **{"action-submit": "1"})
    return ActivityPage.objects.get(pk=world.activity_a.pk).current_workflow_state


def test_approval_publishes_the_change(client, world):
    state = _submit(client, world)
    client.force_login(world.moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.activity_a.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": "Fint"})
    assert response.status_code in (200, 302)

    page = ActivityPage.objects.get(pk=world.activity_a.pk)
    assert page.live and page.title == "Petanque for alle"
    assert client.get(page.url).status_code == 200
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_request_changes_returns_it_with_a_comment_and_nothing_goes_live(client, world):
    state = _submit(client, world, title="Petanque med fejl")
    client.force_login(world.moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.activity_a.pk, "reject", state.current_task_state.pk],
    )
    client.post(url, {"comment": "Ret venligst tidspunktet"})

    page = ActivityPage.objects.get(pk=world.activity_a.pk)
    assert page.title == "Petanque for begyndere"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Ret venligst tidspunktet"
    # The member is told, with the comment.
    mails_to_member = [m for m in mail.outbox if world.member_a.email in m.to]
    assert mails_to_member
    # The member's editor shows the request and the comment.
    client.force_login(world.member_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Ret venligst tidspunktet" in response.content.decode()


def test_draft_of_a_new_page_is_not_public_until_approved(client, world):
    state = _submit(client, world)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    response = client.get(world.activity_a.url)
    assert "Petanque for alle" not in response.content.decode()


def test_dashboard_shows_waiting_items_to_moderators_and_status_to_the_member(client, world):
    _submit(client, world)
    client.force_login(world.moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    # Wagtail's "Awaiting your review" panel lists the submitted page.
    assert 'id="awaiting-review-section"' in dashboard
    review_panel = dashboard.split('id="awaiting-review-section"', 1)[1]
    assert "Petanque" in review_panel

    client.force_login(world.member_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="awaiting-review-section"' not in dashboard
    # "Your pages and snippets in a workflow" shows the member where the submission is.
    assert 'id="objects-in-workflow-section"' in dashboard
    own_panel = dashboard.split('id="objects-in-workflow-section"', 1)[1]
    assert "Petanque" in own_panel
    assert "Godkendelse ved Kommunikation" in own_panel


def test_a_workflow_made_again_after_deletion_still_has_its_approval_task(db):
    from wagtail.models import Workflow

    from associations.access import WORKFLOW_NAME, moderation_workflow

    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    workflow = moderation_workflow()
    workflow.refresh_from_db()
    # A workflow without a task approves whatever is submitted the moment it is submitted.
    assert [task.name for task in workflow.tasks.all()] == ["Godkendelse ved Kommunikation"]
