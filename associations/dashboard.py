"""The association member's dashboard panel "Min forening" (#15.15, core.dashboard).

Only the member's own things: their association pages, the pages under them (activities,
news), and the moderation of what they sent in (their pages and their own guide
contributions), with the task it waits for and the group that reviews it. Nothing about
other associations and no site-wide counts.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from core.times import local_display

from .access import member_pages_of

#: What a member reads for each moderation state.
STATE_LABELS = {
    WorkflowState.STATUS_IN_PROGRESS: _("Waiting for approval"),
    WorkflowState.STATUS_APPROVED: _("Approved"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("Changes requested"),
    WorkflowState.STATUS_CANCELLED: _("Withdrawn"),
}
PAGES_SHOWN = 10
STATES_SHOWN = 10


def page_state(page) -> str:
    if page.live and page.has_unpublished_changes:
        return _("live + draft")
    if page.live:
        return _("live")
    return _("draft")


def reviewers(task) -> str:
    """Who reviews a task: the groups of a group-approval task, else the task's name."""
    groups = getattr(task, "groups", None)
    if groups is not None:
        names = [group.name for group in groups.all()]
        if names:
            return ", ".join(names)
    return task.name


class MyAssociationPanel(Component):
    name = "my_association"
    order = 10
    template_name = "associations/dashboard/my_association.html"

    def __init__(self, user):
        self.user = user
        self.associations = member_pages_of(user)

    def get_context_data(self, parent_context=None):
        associations = []
        scope = Q(owner=self.user)
        for association in self.associations:
            scope |= Q(path__startswith=association.path)
            pages = (
                Page.objects.descendant_of(association)
                .specific()
                .order_by("-latest_revision_created_at")[:PAGES_SHOWN]
            )
            associations.append(
                {
                    "page": association,
                    "state": page_state(association),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[association.pk]),
                    "pages": [
                        {
                            "page": page,
                            "kind": page.specific_class._meta.verbose_name,
                            "state": page_state(page),
                            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        }
                        for page in pages
                    ],
                }
            )
        return {
            "associations": associations,
            "submitted": self.submitted(scope),
            "csrf_token": (parent_context or {}).get("csrf_token"),
        }

    def submitted(self, scope: Q) -> list[dict]:
        """The latest moderation of each page in ``scope``, newest first."""
        page_ids = {str(pk) for pk in Page.objects.filter(scope).values_list("pk", flat=True)}
        states = (
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=page_ids,
            )
            .select_related("current_task_state__task")
            .order_by("-created_at")
        )
        latest, rows = set(), []
        for state in states:
            if state.object_id in latest:
                continue
            latest.add(state.object_id)
            page = Page.objects.get(pk=state.object_id)
            task = state.current_task_state.task.specific if state.current_task_state else None
            rows.append(
                {
                    "page": page,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "state": STATE_LABELS.get(state.status, state.status),
                    "reviewers": reviewers(task) if task else "",
                    "sent": local_display(state.created_at),
                }
            )
            if len(rows) >= STATES_SHOWN:
                break
        return rows
