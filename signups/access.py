"""Who may see and manage an activity's sign-ups.

Communications staff (the ``Kommunikation`` group holds every ``signups`` permission, see
``associations.signals.grant_model_permissions``) manage all of them. A member of an
association manages the sign-ups of the activities that association organises, and no others.
"""

from __future__ import annotations

from associations.models import Membership

from .models import SignupOption

STAFF_PERMISSION = "signups.change_signupoption"


def is_signup_staff(user) -> bool:
    return user.is_authenticated and user.has_perm(STAFF_PERMISSION)


def manageable_options(user):
    """The sign-ups ``user`` may see, export, message and cancel participants of."""
    options = SignupOption.objects.select_related("activity")
    if not user.is_authenticated:
        return options.none()
    if is_signup_staff(user):
        return options
    associations = Membership.objects.filter(user=user).values("association_id")
    return options.filter(activity__organiser__in=associations)


def may_manage(user, option: SignupOption) -> bool:
    return manageable_options(user).filter(pk=option.pk).exists()


def manageable_activities(user):
    """The activities ``user`` may add a sign-up to."""
    from activities.models import ActivityPage

    if is_signup_staff(user):
        return ActivityPage.objects.order_by("title")
    associations = Membership.objects.filter(user=user).values("association_id")
    return ActivityPage.objects.filter(organiser__in=associations).order_by("title")
