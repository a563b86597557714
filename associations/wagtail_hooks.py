"""Admin wiring: membership screens and the page actions behind API v3 writes."""

from wagtail import hooks

from .actions import register_page_actions
from .admin_views import MembershipViewSet


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("association_memberships")


@hooks.register("register_actions")
def register_guarded_page_actions(registry):
    register_page_actions(registry)
