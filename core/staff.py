"""Who is staff in the admin, and the admin views and menu items that only staff get.

Staff are the people who may publish: the ``Kommunikation`` group holds the publish
permission on the whole page tree, superusers hold everything, and association members are
never given it (``associations.access``), so publishing rights are the line between the
municipality's staff and the association accounts.
"""

from urllib.parse import urlsplit

from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

STAFF_PERMISSION = "publish"

#: Wagtail's own reports and wagtail-localize's are all staff only (#15.15). They are about the
#: whole site ("Page types usage" names the last edited page of every type, a scheduled
#: title included; "Aging pages" and "Site history" list pages of every association), or
#: about the moderation work members have nothing to do with; a member's own submissions
#: and their moderation are on their dashboard ("Min forening"). One rule by URL, for the
#: views and the menu alike: a menu item's name follows its label's language.
#: The URL namespace of Wagtail's reports: every view in it is staff only.
WAGTAIL_REPORTS_NAMESPACE = "wagtailadmin_reports"
#: The other reports' URL names (namespace:name).
OTHER_STAFF_ONLY_REPORT_URLS = {
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
}


def is_staff_only_report(match) -> bool:
    """Whether the resolved admin URL ``match`` is one of the staff-only reports."""
    return (
        WAGTAIL_REPORTS_NAMESPACE in match.namespaces
        or match.view_name in OTHER_STAFF_ONLY_REPORT_URLS
    )


def is_staff_only_menu_item(item) -> bool:
    """Whether a Reports menu item opens a staff-only report."""
    try:
        return is_staff_only_report(resolve(urlsplit(item.url).path))
    except Resolver404:
        return False


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
            return staff_only_response(request)
        return super().dispatch(request, *args, **kwargs)


class StaffMenuItem(MenuItem):
    """A menu item shown to staff only (``is_staff``)."""

    def is_shown(self, request):
        return is_staff(request.user)


def staff_only_response(request):
    return TemplateResponse(request, "core/admin_staff_only.html", status=403)


class StaffOnlyReportsMiddleware:
    """403 for everyone but staff on Wagtail's reports (and their results views).

    Hiding the menu items (``core.wagtail_hooks``) is not enough: the URLs are easy to
    guess. Wagtail has no hook for a report's permission, so the check runs before the view
    (``process_view``), for the whole ``wagtailadmin_reports`` namespace and the
    translations report.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not is_staff_only_report(match):
            return None
        if not request.user.is_authenticated:
            return None  # Wagtail sends the visitor to the login page.
        if is_staff(request.user):
            return None
        return staff_only_response(request)
