"""Staff dashboard: nominations the committee has not looked at yet (core.dashboard)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.dashboard import DashboardPanel, Row
from core.times import local_display

from .models import Nomination


class NewNominationsPanel(DashboardPanel):
    name = "new_nominations"
    order = 222
    heading = _("New volunteer nominations")
    empty_text = _("No new nominations.")
    more_text = _("All new nominations")

    def get_queryset(self, request):
        return (
            Nomination.objects.filter(status=Nomination.Status.RECEIVED)
            .select_related("association")
            .order_by("-created_at")
        )

    def row(self, nomination):
        return Row(
            label=nomination.nominee_name,
            url=reverse("nominations:inspect", args=[nomination.pk]),
            status=nomination.association_display,
            meta=_("Received %(time)s") % {"time": local_display(nomination.created_at)},
        )

    def get_more_url(self):
        return reverse("nominations:index") + "?status=received"
