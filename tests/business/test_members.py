"""A business keeps its own page through the association machinery: invitation, group, moderation."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import WorkflowState

from associations.access import WORKFLOW_NAME
from associations.models import AssociationAccess, Membership
from tests.associations.world import *  # noqa: F403


def test_business_index_is_moderated_by_the_association_workflow(world):
    assert world.business_index.get_workflow().name == WORKFLOW_NAME
    assert world.business_a.get_workflow().name == WORKFLOW_NAME


def test_invited_business_member_gets_a_business_group_and_edits_only_their_page(
    world, django_capture_on_commit_callbacks
):
    world.business_b.slug = "toemreren"
    world.business_b.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("invite_member", "toemreren", "lars@toemreren.dk")
    membership = Membership.objects.get(user__email="lars@toemreren.dk")
    assert membership.association.pk == world.business_b.pk
    access = AssociationAccess.objects.get(association=world.business_b)
    assert access.group.name.startswith("Virksomhed: Strandvejens Tømrerfirma")
    user = membership.user
    assert world.business_b.permissions_for_user(user).can_edit()
    assert not world.business_b.permissions_for_user(user).can_publish()
    assert not world.business_a.permissions_for_user(user).can_edit()
    assert not world.association_a.permissions_for_user(user).can_edit()
    (message,) = mail.outbox
    assert "Strandvejens Tømrerfirma" in message.subject


def test_staff_can_invite_to_a_business_in_the_admin(client, world):
    client.force_login(world.moderator)
    url = reverse("association_memberships:add")
    form = client.get(url).content.decode()
    assert "Bageriet ved Søen" in form and "Vallensbæk Petanqueklub" in form
    response = client.post(
        url,
        {"association": world.business_b.pk, "role": "contact", "email": "ny@toemrer.dk"},
    )
    assert response.status_code == 302
    assert Membership.objects.filter(
        association=world.business_b, user__email="ny@toemrer.dk"
    ).exists()


def test_business_members_edit_goes_to_moderation_and_is_not_published(client, world):
    page = world.business_a
    client.force_login(world.business_member)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit).status_code == 200
    page.title = "Bageriet ved Søen – nu med café"
    revision = page.save_revision(user=world.business_member)
    page.get_workflow().start(page, world.business_member)
    page.refresh_from_db()
    assert page.title == "Bageriet ved Søen"  # the live page is unchanged
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert revision.pk == page.latest_revision_id


def test_business_member_dashboard_shows_their_business(client, world):
    client.force_login(world.business_member)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bageriet ved Søen" in html
    assert "Strandvejens Tømrerfirma" not in html


@pytest.mark.parametrize("attr", ["association_a", "business_b"])
def test_business_member_cannot_edit_foreign_pages(world, attr):
    assert not getattr(world, attr).permissions_for_user(world.business_member).can_edit()
