"""Who is staff in the admin, and the admin views and menu items that only staff get.

Staff are the people who may publish: the ``Kommunikation`` group holds the publish
permission on the whole page tree, superusers hold everything, and association members are
never given it (``associations.access``), so publishing rights are the line between the
municipality's staff and the association accounts.
"""

from django.template.response import TemplateResponse
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

STAFF_PERMISSION = "publish"

#: Wagtail's own reports that show every page whoever may edit it, by menu item name.
STAFF_ONLY_WAGTAIL_REPORTS = {"page-types-usage"}


def is_staff(user) -> bool:
    """Whether ``user`` may publish pages anywhere in the tree."""
    return policy_registry.get_by_type(Page).user_has_permission(user, STAFF_PERMISSION)


class StaffOnlyMixin:
    """For an admin view (a report and its CSV/XLSX export): 403 for everyone but staff.

    A 403 page rather than Wagtail's usual redirect to the dashboard, so that a bookmarked
    export link says plainly why it does not work.
    """

    def dispatch(self, request, *args, **kwargs):
        if not is_staff(request.user):
            return TemplateResponse(request, "core/admin_staff_only.html", status=403)
        return super().dispatch(request, *args, **kwargs)


class StaffMenuItem(MenuItem):
    """A menu item shown to staff only (``is_staff``)."""

    def is_shown(self, request):
        return is_staff(request.user)


class StaffPageTypesUsageReportView(StaffOnlyMixin, PageTypesUsageReportView):
    """Wagtail's page-types report, for staff: it names the last edited page of every type,
    drafts of every association included. ``cms.urls`` routes Wagtail's URLs here."""
