"""Staff dashboard: guides whose review date has passed (core.dashboard)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.dashboard import DashboardPanel, Row

from .models import GuidePage


class OverdueGuidesPanel(DashboardPanel):
    name = "overdue_guides"
    order = 224
    heading = _("Guides due for review")
    empty_text = _("Every guide has been reviewed in time.")
    more_text = _("The whole report")

    def get_queryset(self, request):
        return GuidePage.objects.overdue_for_review()

    def row(self, guide):
        days = guide.days_overdue()
        return Row(
            label=guide.get_admin_display_title(),
            url=reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            status=_("live") if guide.live else _("draft"),
            meta=ngettext("%(days)d day overdue", "%(days)d days overdue", days) % {"days": days},
        )

    def get_more_url(self):
        return reverse("overdue_guides_report")
