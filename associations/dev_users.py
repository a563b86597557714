"""Development logins for the seeded association members (used by ``ensure_dev_users``)."""

from django.contrib.auth import get_user_model

from .seeding import DEMO_MEMBERS

DEV_MEMBER_PASSWORD = "forening-dev"  # development logins (ensure_dev_users)  # nosec B105


def ensure_member_logins() -> list[tuple[str, str, str]]:
    """Give each seeded member the development password; ``(username, password, associations)``.

    Only for development: the caller refuses to run without DEBUG.
    """
    User = get_user_model()
    logins = []
    for _slug, username, *_rest in DEMO_MEMBERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        user.is_active = True
        user.set_password(DEV_MEMBER_PASSWORD)
        user.save(update_fields=["password", "is_active"])
        associations = ", ".join(
            membership.association.title
            for membership in user.association_memberships.select_related("association")
        )
        logins.append((username, DEV_MEMBER_PASSWORD, associations))
    return logins
