"""Demo seeders: associations ("foreninger", ``associations.toml``) and their members.

Members (``members.toml``) get no password here; ``ensure_dev_users`` (development only)
sets and prints one through ``member_logins``, so a seeded production-like database never
holds a known password.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from demo.datafiles import load
from demo.pages import PageSeeder
from demo.registry import DevLogin, dev_logins, register
from demo.text import rich_text
from demo.validation import building, validate

from .models import AssociationPage, Membership

DEV_MEMBER_PASSWORD = "forening-dev"  # development logins (ensure_dev_users)  # nosec B105


def build_association(ctx, entry) -> AssociationPage:
    key = f"association/{entry['slug']}"
    image = ctx.images.picture(entry["image"], key)
    return AssociationPage(
        title=entry["title"],
        summary=entry["summary"],
        category=entry["category"],
        logo=ctx.images.logo(entry["logo_initials"], key, entry["title"]),
        image=image,
        image_alt=entry["image"]["alt"],
        description=rich_text(entry.get("description", "")),
        email=entry.get("email") or "",
        phone=entry.get("phone") or "",
        website=entry.get("website") or "",
        cvr=entry.get("cvr") or "",
        meeting_place=ctx.page_in("facilities", entry.get("meeting_place")),
        membership_info=entry.get("membership_info") or "",
        active=entry.get("active", True),
    )


@register("associations", after=["sections", "facilities"])
def seed_associations(ctx) -> None:
    seeder = PageSeeder(ctx, _("Associations"))
    for entry in ctx.data("associations").entries("associations"):
        seeder.ensure(ctx.index("associations"), entry, lambda e: build_association(ctx, e))
    seeder.done()


def _ensure_member(ctx, entry) -> bool | None:
    """The member's user and membership; True when something was made, None if no page."""
    fields = {key: entry[key] for key in ("username", "email", "first_name", "last_name")}
    role = entry["role"]
    page = ctx.page_in("associations", entry["association"])
    if page is None:
        return None
    user = get_user_model().objects.filter(username=fields["username"]).first()
    user_created = user is None
    if user_created:
        user = get_user_model()(**fields)
        user.set_unusable_password()
        validate(user)
        user.save()
    membership = Membership.objects.filter(user=user, association=page).first()
    if membership is None:
        membership = Membership(user=user, association=page, role=role)
        validate(membership)
        membership.save()
        return True
    return user_created


@register("association_members", after="associations")
def seed_members(ctx) -> None:
    created = existing = 0
    for entry in ctx.data("members").entries("members"):
        with building(entry):
            made = _ensure_member(ctx, entry)
        if made is not None:
            created, existing = created + made, existing + (not made)
    ctx.report(_("Association members"), created, existing)


@dev_logins
def member_logins() -> list[DevLogin]:
    """Give each demo member the development password (the caller insists on DEBUG)."""
    logins = []
    for entry in load("members").entries("members"):
        user = get_user_model().objects.filter(username=entry["username"]).first()
        if user is None:
            continue
        user.is_active = True
        user.set_password(DEV_MEMBER_PASSWORD)
        user.save(update_fields=["password", "is_active"])
        associations = ", ".join(
            membership.association.title
            for membership in user.association_memberships.select_related("association")
        )
        label = _("Association member (%(associations)s)") % {"associations": associations}
        logins.append(DevLogin(label, user.username, DEV_MEMBER_PASSWORD))
    return logins
