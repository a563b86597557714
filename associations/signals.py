"""Keep groups, permissions and workflows in step with memberships and the page tree."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_delete, post_save

from . import access
from .models import AssociationAccess, Membership

#: Apps whose every model permission the moderators' group holds (snippets, memberships,
#: submissions, nominations, redirects, submitting translations). Apps that are not
#: installed are skipped.
MODERATOR_MODEL_APPS = (
    "core",
    "associations",
    "business",
    "fairs",
    "submissions",
    "recognition",
    "screens",
    "hearings",
    "signups",
    "eventimport",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtail_localize",
)
#: Snippets members need to pick in their own pages (contacts in guide steps).
MEMBER_MODEL_PERMISSIONS = (("core", "view_contact"),)


def membership_changed(sender, instance, **kwargs):
    access.sync_user_groups(instance.user)


def association_access_deleted(sender, instance, **kwargs):
    # The collection stays: deleting it would delete the association's images with it.
    Group.objects.filter(pk=instance.group_id).delete()


def moderated_index_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    access.attach_workflow(instance)
    if instance._meta.label == "guides.GuideIndexPage":
        access.grant_guide_contributions(instance)


def grant_model_permissions(**kwargs):
    """After every migrate: the moderators hold all permissions of the listed apps."""
    labels = [label for label in MODERATOR_MODEL_APPS if label in apps.app_configs]
    moderators = access.moderators_group()
    moderators.permissions.add(*Permission.objects.filter(content_type__app_label__in=labels))
    members = access.members_group()
    for app_label, codename in MEMBER_MODEL_PERMISSIONS:
        members.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )


def connect() -> None:
    post_save.connect(membership_changed, sender=Membership, dispatch_uid="membership_saved")
    post_delete.connect(membership_changed, sender=Membership, dispatch_uid="membership_deleted")
    post_delete.connect(
        association_access_deleted, sender=AssociationAccess, dispatch_uid="access_deleted"
    )
    for label in access.MODERATED_INDEX_MODELS:
        connect_moderated_index(label)


def connect_moderated_index(label: str) -> None:
    post_save.connect(
        moderated_index_created,
        sender=apps.get_model(label),
        dispatch_uid=f"moderated_index_created_{label}",
    )
