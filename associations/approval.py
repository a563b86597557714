"""What approval publishes: the revision the moderator reviewed, never a newer one.

Wagtail's default finish action (``wagtail.workflows.publish_workflow_state``) publishes the
page's *latest* revision, so anything saved after the moderator opened the review went live
with the approval (issue #12). ``WAGTAIL_FINISH_WORKFLOW_ACTION`` points here instead, which
covers every way of approving (the dashboard, the editor's approve button, code), because
they all end in ``WorkflowState.finish()``.

The reviewed revision is the one on the final task state. Newer revisions are accepted only
if everyone who saved them may publish the page themselves: a moderator correcting the text
in the editor and approving in one go (Wagtail saves the correction first), or another
member of staff. A newer revision from anyone else — an association member, or no known
user — refuses the approval: ``OutdatedReviewError`` rolls the approval back, nothing is
published, the review stays open, and the moderator can request changes so that the latest
version is submitted and reviewed afresh.

This module is imported while ``wagtail.models`` is being defined (Wagtail reads the
setting in the class body of ``WorkflowState``), so it imports Wagtail's models lazily.
"""

from django.utils.translation import gettext as _


class OutdatedReviewError(Exception):
    """The page changed after the review started; approving it would publish unseen text.

    Deliberately not a ``PermissionDenied``: Wagtail's admin turns those into a generic
    "no permission" redirect, and the moderator needs to know what happened
    (``associations.middleware`` shows this message on the editor).
    """

    def __init__(self, page):
        self.page = page
        super().__init__(
            _(
                "“%(title)s” was changed after it was submitted, so the version you "
                "reviewed is no longer the latest. Nothing was published. Request changes "
                "so that the latest version is submitted for review again."
            )
            % {"title": page.get_admin_display_title()}
        )


def unreviewed_revisions(page, reviewed):
    """Revisions of ``page`` saved after ``reviewed``, oldest first."""
    from django.db.models import Q

    later = Q(created_at__gt=reviewed.created_at) | Q(
        created_at=reviewed.created_at, pk__gt=reviewed.pk
    )
    return page.revisions.filter(later).select_related("user").order_by("created_at", "pk")


def revision_to_publish(workflow_state):
    """The revision the approval of ``workflow_state`` may publish, or raise."""
    page = workflow_state.content_object.specific
    reviewed = workflow_state.current_task_state.revision
    later = list(unreviewed_revisions(page, reviewed))
    if not later:
        return reviewed
    for revision in later:
        author = revision.user
        if author is None or not page.permissions_for_user(author).can_publish():
            raise OutdatedReviewError(page)
    return later[-1]


def publish_reviewed_revision(workflow_state, user=None):
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: publish what was reviewed (see the module)."""
    revision_to_publish(workflow_state).publish(user=user)
