"""Admin report: guides whose review date has passed."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from core.staff import StaffOnlyMixin

from .models import GuidePage


class OverdueGuidesReportView(StaffOnlyMixin, PageReportView):
    """Lists guides due for review, most overdue first, with CSV/XLSX export.

    Every guide, live or draft, whoever wrote it: a staff report, refused to members.
    """

    page_title = _("Guides due for review")
    header_icon = "time"
    results_template_name = "guides/reports/overdue_guides_results.html"
    index_url_name = "overdue_guides_report"
    index_results_url_name = "overdue_guides_report_results"
    list_export = [
        "title",
        "last_reviewed",
        "review_interval_months",
        "review_due",
        "status_string",
    ]
    export_headings = {
        "last_reviewed": _("Last reviewed"),
        "review_interval_months": _("Review every (months)"),
        "review_due": _("Review due"),
        "status_string": _("Status"),
    }

    def get_queryset(self):
        return GuidePage.objects.overdue_for_review().select_related("owner")
