"""Admin wiring: membership screens and the page actions behind API v3 writes."""

from wagtail import hooks

from core.staff import is_staff

from .actions import register_page_actions
from .admin_views import MembershipViewSet
from .dashboard import MyAssociationPanel


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("association_memberships")


@hooks.register("register_actions")
def register_guarded_page_actions(registry):
    register_page_actions(registry)


@hooks.register("construct_homepage_panels")
def add_my_association_panel(request, panels):
    """Members (not staff) get "Min forening" first."""
    if is_staff(request.user):
        return
    panel = MyAssociationPanel(request.user)
    if panel.associations:
        panels.append(panel)
