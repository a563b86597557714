"""Admin: subscribers and their subscriptions, for staff with the model permissions only.

Superusers see them; give a group "view subscriber" / "view subscription" to let others in.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from subscriptions.models import Subscriber, Subscription


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    list_display = ["email", "language", "confirmed_at", "hard_bounces", "bouncing_since"]
    list_filter = ["language"]
    search_fields = ["email"]
    form_fields = ["language", "hard_bounces", "bouncing_since"]
    inspect_view_enabled = True
    add_to_admin_menu = False


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "list-ul"
    menu_label = _("Subscriptions")
    list_display = ["subscriber", "target_name", "kind", "frequency", "status", "created_at"]
    list_filter = ["kind", "status", "frequency"]
    search_fields = ["subscriber__email"]
    form_fields = ["frequency", "status"]
    inspect_view_enabled = True
    add_to_admin_menu = False


class SubscriptionsGroup(ViewSetGroup):
    menu_label = _("Email subscriptions")
    menu_icon = "mail"
    menu_order = 850
    items = (SubscriberViewSet, SubscriptionViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return SubscriptionsGroup()
