"""The delivery log in the admin: a list with filters, one delivery's attempts, "resend"."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from webhooks import delivering, dispatch
from webhooks.models import Delivery

#: Who may see the log and resend: whoever may edit webhook subscriptions.
PERMISSION = "webhooks.change_subscription"


class PermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DeliveryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Delivery.Status.choices)

    class Meta:
        model = Delivery
        fields = ["status", "subscription"]


class DeliveryListView(PermissionMixin, ReportView):
    page_title = _("Webhook deliveries")
    header_icon = "link-external"
    index_url_name = "webhook_deliveries"
    index_results_url_name = "webhook_deliveries_results"
    filterset_class = DeliveryFilterSet
    columns = [
        TitleColumn(
            "message",
            label=_("Message"),
            accessor="__str__",
            url_name="webhook_delivery",
        ),
        Column("page_id", label=_("Page id")),
        Column("get_status_display", label=_("Status")),
        Column("attempts", label=_("Attempts")),
        Column("last_status_code", label=_("Last status code")),
        DateColumn("next_attempt_at", label=_("Next attempt")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_export = ["message_id", "event", "page_id", "status", "attempts", "last_status_code"]

    def get_queryset(self):
        return Delivery.objects.select_related("subscription")


class DeliveryDetailView(PermissionMixin, View):
    def get(self, request, pk):
        delivery = get_object_or_404(Delivery.objects.select_related("subscription"), pk=pk)
        return TemplateResponse(
            request,
            "webhooks/delivery_detail.html",
            {
                "delivery": delivery,
                "attempts": delivery.attempt_log.all(),
                "body": delivering.body_of(delivery),
            },
        )


class ResendView(PermissionMixin, View):
    def post(self, request, pk):
        delivery = get_object_or_404(Delivery, pk=pk)
        dispatch.resend(delivery)
        messages.success(request, _("The message is queued to be sent again."))
        return redirect("webhook_delivery", pk=delivery.pk)
