"""Inviting a person to edit an association: user, membership and a set-password email."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.models import MunicipalitySettings
from core.site_url import absolute_url

from .models import Membership


@dataclass
class Invitation:
    user: object
    membership: Membership
    user_created: bool
    set_password_url: str


def set_password_url(user) -> str:
    """An absolute link to Wagtail's set-password form, valid until the password changes.

    It is Django's password reset token (``PasswordResetTokenGenerator``), so it expires after
    ``PASSWORD_RESET_TIMEOUT`` and as soon as the password has been set once.
    """
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute_url(path)


def _municipality(association: Page) -> MunicipalitySettings:
    """The settings of the association page's site, for the email's signature."""
    return MunicipalitySettings.for_site_or_empty(association.get_site())


def _username_for(email: str) -> str:
    User = get_user_model()
    base = email.lower()[: User._meta.get_field(User.USERNAME_FIELD).max_length]
    return base


@transaction.atomic
def invite_member(
    association: Page,
    email: str,
    *,
    role: str = Membership.Role.EDITOR,
    first_name: str = "",
    last_name: str = "",
    send_email: bool = True,
) -> Invitation:
    """Create (or reuse) the user for ``email``, link them to ``association`` and email a link.

    Idempotent: inviting the same person again updates the role and sends a fresh link.
    An existing user keeps their password; the email then only tells them about the new access.
    """
    User = get_user_model()
    email = email.strip()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    created = user is None
    if created:
        user = User(
            **{User.USERNAME_FIELD: _username_for(email)},
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_active=True,
        )
        user.set_unusable_password()
        user.save()
    membership, _created = Membership.objects.update_or_create(
        user=user, association=association, defaults={"role": role}
    )
    url = set_password_url(user)
    if send_email:
        context = {
            "user": user,
            "association": association,
            "set_password_url": url,
            "needs_password": not user.has_usable_password(),
            "admin_url": absolute_url(reverse("wagtailadmin_home")),
            "municipality": _municipality(association),
        }
        transaction.on_commit(
            lambda: send_mail(
                _("You can now edit %(association)s on vallensbaek.dk")
                % {"association": association.title},
                render_to_string("associations/emails/invitation.txt", context),
                None,
                [user.email],
            )
        )
    return Invitation(user=user, membership=membership, user_created=created, set_password_url=url)
