"""Admin for screens, manual slides and alerts, with each screen's contact status."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from core.staff import is_staff

from . import heartbeat
from .admin_views import AlertSwitchView, ScreenPreviewView
from .dashboard import AlertPanel, OfflineScreensPanel
from .filters import AlertFilterSet, ManualSlideFilterSet, enabled_column
from .models import Alert, ManualSlide, Screen


class LastContactColumn(Column):
    def get_value(self, instance):
        last = heartbeat.last_contact(instance, heartbeat.last_seen_many([instance.key]))
        if last is None:
            return _("Never")
        return timezone.localtime(last).strftime("%d.%m.%Y %H:%M:%S")


class StatusColumn(Column):
    def get_value(self, instance):
        last = heartbeat.last_contact(instance, heartbeat.last_seen_many([instance.key]))
        if heartbeat.is_online(last):
            return format_html(
                '<span class="w-status w-status--primary" style="color:#006b31;border-color:#006b31">'
                "{}</span>",
                _("Online"),
            )
        return format_html(
            '<span class="w-status" style="color:#b00020;border-color:#b00020">{}</span>',
            _("Offline"),
        )


class PreviewColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("screens_admin_preview", args=[instance.pk]),
            _("Show what it shows now"),
        )


class ScreenIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Staff opening the list is the moment to persist heartbeats, never the polls.
        heartbeat.flush_to_database(list(context.get("object_list") or []))
        return context


class ScreenViewSet(SnippetViewSet):
    model = Screen
    icon = "desktop"
    index_view_class = ScreenIndexView
    list_display = [
        "name",
        "key",
        "location",
        StatusColumn("status", label=_("Status")),
        LastContactColumn("last_contact", label=_("Last contact")),
        PreviewColumn("preview", label=_("Preview")),
    ]
    search_fields = ["name", "location"]


class ManualSlideViewSet(SnippetViewSet):
    model = ManualSlide
    icon = "image"
    list_display = ["title", "start", "end", enabled_column(ManualSlide)]
    filterset_class = ManualSlideFilterSet


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    list_display = ["message", "severity", "start", "end", enabled_column(Alert)]
    filterset_class = AlertFilterSet


class ScreensGroup(SnippetViewSetGroup):
    menu_label = _("Info screens")
    menu_icon = "desktop"
    menu_order = 310
    items = (ScreenViewSet, ManualSlideViewSet, AlertViewSet)


register_snippet(ScreensGroup)


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path(
            "screens/<int:pk>/preview/",
            ScreenPreviewView.as_view(),
            name="screens_admin_preview",
        ),
        path(
            "screens/alerts/<int:pk>/switch/",
            AlertSwitchView.as_view(),
            name="screens_alert_switch",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_staff_screen_panels(request, panels):
    if is_staff(request.user):
        panels.extend([AlertPanel(), OfflineScreensPanel()])
