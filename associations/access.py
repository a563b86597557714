"""Who may edit what: the moderators' group, association groups and the moderation workflow.

Wagtail grants page permissions to groups, never to single users, so the permission model is:

* ``Kommunikation`` (created by migration): add, change, publish, lock and delete on the whole
  tree, every collection, the project's snippets; it is the group of the approval task.
* ``Foreningsmedlemmer`` (created by migration): everybody with at least one membership. It
  grants admin access and *add* (not change) on each guide index, so a member can create guide
  drafts and edit only the ones they own.
* One group per association (``AssociationAccess``), created with the first membership: *add*
  and *change* on the association page, which Wagtail extends to its whole subtree, plus
  add/choose on the association's own image and document collection. No publish, lock or
  bulk-delete permission is ever given, so every change a member makes has to go through the
  workflow ``Godkendelse af foreningsindhold``.

A user's groups are recomputed from their memberships whenever a membership changes
(``sync_user_groups``), so removing a membership removes the rights with it.

Other page types can be kept by their own members through the same machinery: an app above
this one registers its page type with ``register_member_page_type`` (the ``business`` app
does, for ``BusinessPage``) and connects its index with
``associations.signals.connect_moderated_index``. Invitations,
groups, collections, the workflow and the dashboard then treat those pages exactly like
association pages.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import Truncator
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import AssociationAccess, AssociationPage, Membership

MODERATORS_GROUP_NAME = "Kommunikation"
MEMBERS_GROUP_NAME = "Foreningsmedlemmer"
WORKFLOW_NAME = "Godkendelse af foreningsindhold"
TASK_NAME = "Godkendelse ved Kommunikation"

#: Page models whose subtree is moderated by the workflow. The activity calendar is included
#: because suggestions from the public form land there.
MODERATED_INDEX_MODELS = (
    "associations.AssociationIndexPage",
    "guides.GuideIndexPage",
    "activities.ActivityIndexPage",
)
#: Page model label → the prefix of its groups' names: the page types members may keep.
MEMBER_PAGE_TYPES: dict[str, str] = {"associations.AssociationPage": "Forening"}


def register_member_page_type(label: str, group_prefix: str) -> None:
    """Let memberships, invitations and groups cover pages of ``label`` (``app.Model``)."""
    MEMBER_PAGE_TYPES[label] = group_prefix


def member_page_models() -> list:
    return [apps.get_model(label) for label in MEMBER_PAGE_TYPES]


def member_pages():
    """Every page members can be invited to (associations and registered types)."""
    return Page.objects.type(*member_page_models())


ASSOCIATION_PAGE_PERMISSIONS = ("add_page", "change_page")
ASSOCIATION_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)


def moderators_group() -> Group:
    return Group.objects.get_or_create(name=MODERATORS_GROUP_NAME)[0]


def members_group() -> Group:
    return Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)[0]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def moderation_workflow() -> Workflow:
    """The association moderation workflow, created with its approval task if missing."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        return workflow
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([moderators_group()])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    # Not workflow.workflow_tasks.create(): that ParentalKey manager only stores in memory
    # until the workflow is saved again, which left a workflow with no task.
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def attach_workflow(page: Page) -> None:
    """Moderate ``page``'s subtree with the association workflow (idempotent)."""
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": moderation_workflow()})


def grant_guide_contributions(guide_index: Page) -> None:
    """Let association members add guide drafts under ``guide_index`` (idempotent)."""
    GroupPagePermission.objects.get_or_create(
        group=members_group(), page=guide_index, permission=_permission("wagtailcore", "add_page")
    )


def _unique_group_name(association: Page) -> str:
    # Group names are unique and at most 150 characters; the id keeps namesakes apart.
    title = Truncator(association.title).chars(100)
    prefix = MEMBER_PAGE_TYPES.get(association.specific_class._meta.label, "Forening")
    return f"{prefix}: {title} (#{association.pk})"


@transaction.atomic
def ensure_association_access(association: Page) -> AssociationAccess:
    """The member page's group and collection with exactly the member permissions."""
    access = AssociationAccess.objects.filter(association=association).first()
    if access is None:
        group = Group.objects.create(name=_unique_group_name(association))
        collection = Collection.get_first_root_node().add_child(
            name=_unique_group_name(association)
        )
        access = AssociationAccess.objects.create(
            association=association, group=group, collection=collection
        )
    for codename in ASSOCIATION_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=access.group, page=association, permission=_permission("wagtailcore", codename)
        )
    if access.collection_id:
        for app_label, codename in ASSOCIATION_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=access.group,
                collection=access.collection,
                permission=_permission(app_label, codename),
            )
    return access


@transaction.atomic
def sync_user_groups(user) -> None:
    """Make the user's association groups match their memberships exactly."""
    wanted = {
        ensure_association_access(membership.association).group_id
        for membership in Membership.objects.filter(user=user).select_related("association")
    }
    all_association_groups = set(AssociationAccess.objects.values_list("group_id", flat=True))
    current = set(user.groups.filter(pk__in=all_association_groups).values_list("pk", flat=True))
    user.groups.remove(*(current - wanted))
    user.groups.add(*(wanted - current))
    if wanted:
        user.groups.add(members_group())
    else:
        user.groups.remove(members_group())


def member_associations(user):
    """The associations ``user`` is a member of (live or not), by title."""
    return AssociationPage.objects.filter(memberships__user=user).order_by("title")


def member_pages_of(user) -> list:
    """Every member page of ``user`` (associations, businesses …), specific, by title."""
    return list(Page.objects.filter(memberships__user=user).order_by("title").specific())


def is_moderator(user) -> bool:
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP_NAME).exists()
