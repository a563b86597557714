"""Admin wiring: membership screens and the API actions that submit to moderation."""

from wagtail import hooks
from wagtail.models import Page

from .actions import CreatePageAndSubmitAction, EditPageAndSubmitAction
from .admin_views import MembershipViewSet


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("association_memberships")


@hooks.register("register_actions")
def register_moderating_page_actions(registry):
    registry.register(Page, CreatePageAndSubmitAction)
    registry.register(Page, EditPageAndSubmitAction)
