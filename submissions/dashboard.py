"""Staff dashboard: the citizens' suggestions nobody has handled yet (core.dashboard)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.dashboard import DashboardPanel, Row
from core.times import local_display

from .models import Submission


class NewSuggestionsPanel(DashboardPanel):
    name = "new_suggestions"
    order = 221
    heading = _("New suggestions from citizens")
    empty_text = _("No new suggestions.")
    more_text = _("All new suggestions")

    def get_queryset(self, request):
        return Submission.objects.filter(status=Submission.Status.NEW).order_by("-created_at")

    def row(self, submission):
        return Row(
            label=submission.title,
            url=reverse("public_submissions:inspect", args=[submission.pk]),
            status=submission.get_kind_display(),
            meta=_("Received %(time)s") % {"time": local_display(submission.created_at)},
        )

    def get_more_url(self):
        return reverse("public_submissions:index") + "?status=new"
