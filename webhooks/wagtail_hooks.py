from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from webhooks.admin_views import PERMISSION, DeliveryDetailView, DeliveryListView, ResendView
from webhooks.models import Subscription


class SubscriptionViewSet(SnippetViewSet):
    model = Subscription
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_admin_menu = False
    list_display = ["name", "target_url", "active"]
    list_filter = ["active"]


register_snippet(SubscriptionViewSet)


@hooks.register("register_admin_urls")
def register_delivery_urls():
    return [
        path("webhooks/deliveries/", DeliveryListView.as_view(), name="webhook_deliveries"),
        path(
            "webhooks/deliveries/results/",
            DeliveryListView.as_view(results_only=True),
            name="webhook_deliveries_results",
        ),
        path(
            "webhooks/deliveries/<int:pk>/", DeliveryDetailView.as_view(), name="webhook_delivery"
        ),
        path(
            "webhooks/deliveries/<int:pk>/resend/",
            ResendView.as_view(),
            name="webhook_delivery_resend",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_delivery_menu_item():
    return PermissionMenuItem(
        _("Webhook deliveries"),
        reverse("webhook_deliveries"),
        icon_name="link-external",
        order=760,
    )
