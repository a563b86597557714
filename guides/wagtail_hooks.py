from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.staff import StaffMenuItem, is_staff

from .dashboard import OverdueGuidesPanel
from .views import OverdueGuidesReportView


@hooks.register("register_admin_urls")
def register_overdue_guides_url():
    return [
        path(
            "reports/overdue-guides/",
            OverdueGuidesReportView.as_view(),
            name="overdue_guides_report",
        ),
        path(
            "reports/overdue-guides/results/",
            OverdueGuidesReportView.as_view(results_only=True),
            name="overdue_guides_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_overdue_guides_menu_item():
    return StaffMenuItem(
        _("Guides due for review"),
        reverse("overdue_guides_report"),
        icon_name="time",
        order=750,
    )


@hooks.register("construct_homepage_panels")
def add_overdue_guides_panel(request, panels):
    if is_staff(request.user):
        panels.append(OverdueGuidesPanel())
