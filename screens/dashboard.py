"""Staff dashboard: screens that have stopped polling, and the alert with its switch.

The switch is a POST form per alert (``AlertSwitchView``): turning the alert off or on is
what staff need fastest when an urgent message is over, or has to go out again.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from core.dashboard import DashboardPanel, Row
from core.times import local_display

from . import heartbeat
from .models import Alert, Screen

#: Alerts switched off but not ended, offered to switch on again.
SWITCHED_OFF_SHOWN = 3


class OfflineScreensPanel(DashboardPanel):
    name = "offline_screens"
    order = 223
    heading = _("Screens offline")
    empty_text = _("Every screen is online.")
    more_text = _("All screens")

    def get_rows(self, request):
        screens = list(Screen.objects.order_by("name"))
        seen = heartbeat.last_seen_many(screen.key for screen in screens)
        finder = AdminURLFinder(request.user)
        offline = []
        for screen in screens:
            last = heartbeat.last_contact(screen, seen)
            if heartbeat.is_online(last):
                continue
            offline.append(
                Row(
                    label=screen.name,
                    url=finder.get_edit_url(screen) or "",
                    status=screen.location,
                    meta=(
                        _("Last contact %(time)s") % {"time": local_display(last)}
                        if last
                        else _("Never in contact")
                    ),
                )
            )
        return offline[: self.limit], len(offline)

    def get_more_url(self):
        return reverse("wagtailsnippets_screens_screen:list")


class AlertPanel(DashboardPanel):
    """The alerts that are on (or will come on), each with "Slå fra"; when none is on, the
    latest ones switched off, with "Slå til"."""

    name = "alert_switch"
    order = 50
    heading = _("Alert on the website and screens")
    template_name = "screens/dashboard/alert_panel.html"

    @staticmethod
    def one_per_alert(alerts):
        """One row per alert, not per translation (the switch turns all of them)."""
        seen, unique = set(), []
        for alert in alerts:
            if alert.translation_key not in seen:
                seen.add(alert.translation_key)
                unique.append(alert)
        return unique

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        now = timezone.now()
        switched_on = self.one_per_alert(
            Alert.objects.enabled_not_ended(now).select_related("locale").order_by("-pk")
        )
        switched_off = []
        if not switched_on:
            candidates = Alert.objects.filter(enabled=False).exclude(end__lte=now)
            switched_off = self.one_per_alert(candidates.order_by("-pk"))[:SWITCHED_OFF_SHOWN]
        finder = AdminURLFinder(request.user)
        return {
            "heading": self.heading,
            "alerts": [
                {
                    "alert": alert,
                    "showing": alert.is_active(now),
                    "starts": local_display(alert.start) if alert.start else "",
                    "ends": local_display(alert.end) if alert.end else "",
                    "edit_url": finder.get_edit_url(alert) or "",
                    "switch_url": reverse("screens_alert_switch", args=[alert.pk]),
                }
                for alert in switched_on + switched_off
            ],
            "any_on": bool(switched_on),
            "add_url": reverse("wagtailsnippets_screens_alert:add"),
            "next_url": reverse("wagtailadmin_home"),
            "csrf_token": parent_context.get("csrf_token"),
        }
