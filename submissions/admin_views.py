"""The suggestion in the admin as the citizen sent it: every answer, the photo, the draft.

``SubmissionDetails`` is one component shown in two places: the inspect view and the edit
view (through ``SentPanel``), so a moderator sees the same on both. Times are local
(Europe/Copenhagen), the draft and the photo are links, and a new suggestion has a button
to mark it handled (``MarkHandledView``, a POST with the change permission).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView

from core.times import local_display as local_time

from .models import Submission


class LocalTimeColumn(Column):
    """A list column with a date-time in local time ("12. december 2026 10:00")."""

    def get_value(self, instance):
        return local_time(super().get_value(instance))


class SubmissionDetails(Component):
    """What the citizen sent, with links to the draft page and the photo."""

    template_name = "submissions/admin/details.html"

    def __init__(self, submission: Submission, *, with_button: bool = True):
        self.submission = submission
        #: Not on the edit form: a form may not hold another (its status field does the same).
        self.with_button = with_button

    def get_context_data(self, parent_context=None):
        submission = self.submission
        image = submission.image
        return {
            "submission": submission,
            "answers": submission.labelled_answers(),
            "received": local_time(submission.created_at),
            "page": submission.page,
            "page_edit_url": (
                reverse("wagtailadmin_pages:edit", args=[submission.page_id])
                if submission.page_id
                else ""
            ),
            "image": image,
            "image_edit_url": reverse("wagtailimages:edit", args=[image.pk]) if image else "",
            "mark_handled_url": reverse("public_submissions:handled", args=[submission.pk]),
            "next_url": reverse("public_submissions:inspect", args=[submission.pk]),
            "csrf_token": (parent_context or {}).get("csrf_token") if self.with_button else None,
            "is_new": submission.status == Submission.Status.NEW,
        }


class SentPanel(Panel):
    """Read-only panel on the edit form: the same details as the inspect view."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "submissions/admin/sent_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["details"] = SubmissionDetails(self.instance, with_button=False)
            return context


class SubmissionInspectView(InspectView):
    #: In this order; ``answers``, ``image``, ``page`` and ``created_at`` are in ``details``.
    shown_fields = [
        "reference",
        "kind",
        "status",
        "details",
        "name",
        "email",
        "phone",
    ]

    def get_fields(self):
        return self.shown_fields

    labels = {"reference": gettext_lazy("Reference"), "details": gettext_lazy("What was sent")}

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return str(self.labels[field_name])
        return super().get_field_label(field_name, field)

    def get_reference_display_value(self):
        return self.object.reference

    def get_details_display_value(self):
        return SubmissionDetails(self.object)


class MarkHandledView(View):
    """POST: a new suggestion becomes handled (or, with ``status=new``, new again)."""

    permission_policy = None

    def post(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        submission = get_object_or_404(Submission, pk=pk)
        wanted = request.POST.get("status", Submission.Status.HANDLED)
        if wanted not in Submission.Status.values:
            wanted = Submission.Status.HANDLED
        submission.status = wanted
        submission.save(update_fields=["status"])
        messages.success(
            request,
            _("“%(title)s” is marked %(status)s.")
            % {"title": submission.title, "status": submission.get_status_display().lower()},
        )
        return redirect("public_submissions:inspect", pk=submission.pk)
