"""Onboarding: staff invite a member; the person sets a password and can edit their pages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from associations.models import Membership


def set_password_link(message) -> str:
    return re.search(r"http://localhost(/admin/password_reset/confirm/\S+/)", message.body)[1]


def test_invite_member_command_creates_user_membership_and_emails_a_link(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("invite_member", "roklub", "Sofie@Example.com", "--role", "contact")

    user = get_user_model().objects.get(email="Sofie@Example.com")
    assert not user.has_usable_password()
    membership = Membership.objects.get(user=user)
    assert membership.association == world.association_b
    assert membership.role == Membership.Role.CONTACT
    assert world.activity_b.permissions_for_user(user).can_edit()
    (message,) = mail.outbox
    assert message.to == ["Sofie@Example.com"]
    assert "Strandens Roklub" in message.subject
    assert set_password_link(message)


def test_the_emailed_link_sets_the_password_and_the_member_can_log_in(
    client, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("invite_member", "roklub", "sofie@example.com")
    link = set_password_link(mail.outbox[0])

    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(
        form_url,
        {"new_password1": "Roning-paa-fjorden-42", "new_password2": "Roning-paa-fjorden-42"},
    )
    assert response.status_code == 302
    assert client.login(username="sofie@example.com", password="Roning-paa-fjorden-42")
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[world.activity_b.pk])).status_code
        == 200
    )
    # The link works once.
    client.logout()
    assert "new_password1" not in client.get(link, follow=True).content.decode()


def test_inviting_again_is_idempotent_and_keeps_the_password(world):
    call_command("invite_member", "petanque", "anna@example.com")
    world.member_a.refresh_from_db()
    assert world.member_a.has_usable_password()
    assert Membership.objects.filter(user=world.member_a).count() == 1


def test_unknown_association_or_bad_email_is_an_error(world):
    with pytest.raises(CommandError):
        call_command("invite_member", "findes-ikke", "a@example.com")
    with pytest.raises(CommandError):
        call_command("invite_member", "roklub", "ikke-en-adresse")


def test_staff_invite_from_the_admin(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.moderator)
    url = reverse("association_memberships:add")
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "association": str(world.association_a.pk),
                "role": "editor",
                "email": "lars@example.com",
                "first_name": "Lars",
                "last_name": "Holm",
            },
        )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="lars@example.com")
    assert user.first_name == "Lars"
    assert world.activity_a.permissions_for_user(user).can_edit()
    assert [m.to for m in mail.outbox] == [["lars@example.com"]]


def test_admin_refuses_a_duplicate_invitation(client, world):
    client.force_login(world.moderator)
    response = client.post(
        reverse("association_memberships:add"),
        {
            "association": str(world.association_a.pk),
            "role": "editor",
            "email": "ANNA@example.com",
        },
    )
    assert response.status_code == 200
    assert "email" in response.context["form"].errors


def test_members_cannot_invite(client, world):
    client.force_login(world.member_a)
    before = Membership.objects.count()
    response = client.post(
        reverse("association_memberships:add"),
        {"association": str(world.association_b.pk), "role": "editor", "email": "x@example.com"},
    )
    assert response.status_code in (302, 403)
    assert Membership.objects.count() == before


def test_staff_list_and_search_memberships(client, world):
    client.force_login(world.moderator)
    response = client.get(reverse("association_memberships:index"), {"q": "anna"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "anna" in html
    assert "bent" not in html
