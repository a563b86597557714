"""Admin: a screen's status and a live preview of what it shows now."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from . import heartbeat
from .api import feed_entry
from .models import Alert, Screen

#: How the preview names a slide's kind for editors (the feed itself keeps the codes).
KIND_LABELS = {
    "manual": _("manual"),
    "news": _("news"),
    "activity": _("activity"),
    "renovation": _("renovation"),
    "hearing": _("hearing"),
}


class ScreenPreviewView(WagtailAdminTemplateMixin, TemplateView):
    """The player in a scaled frame (marked as preview, so no heartbeat) and its slides."""

    template_name = "screens/admin/preview.html"
    header_icon = "desktop"

    def dispatch(self, request, pk):
        if not any(
            request.user.has_perm(f"screens.{action}_screen") for action in ("view", "change")
        ):
            raise PermissionDenied
        self.screen = get_object_or_404(Screen, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Screen preview")

    def get_page_subtitle(self):
        return self.screen.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_screens_screen:list"), "label": _("Screens")},
            {"url": "", "label": self.screen.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        seen = heartbeat.last_seen_many([self.screen.key])
        last = heartbeat.last_contact(self.screen, seen)
        entry = feed_entry(self.screen.key)
        feed = json.loads(entry["body"]) if entry else {"slides": [], "alert": None}
        for slide in feed["slides"]:
            slide["kind_label"] = KIND_LABELS.get(slide["kind"], slide["kind"])
        context.update(
            screen=self.screen,
            last_contact=last,
            online=heartbeat.is_online(last, timezone.now()),
            feed=feed,
            player_url=self.screen.get_absolute_url() + "?preview=1",
        )
        return context


class AlertSwitchView(View):
    """POST ``enabled=0|1``: switch an alert (with its translations) off or on, for staff who
    may change alerts; back to the dashboard with a message."""

    def post(self, request, pk):
        if not ModelPermissionPolicy(Alert).user_has_permission(request.user, "change"):
            raise PermissionDenied
        alert = get_object_or_404(Alert, pk=pk)
        enabled = request.POST.get("enabled") == "1"
        for translation in Alert.objects.filter(translation_key=alert.translation_key):
            if translation.enabled != enabled:
                translation.enabled = enabled
                # save(), not update(): the signals bump the screens' content version.
                translation.save()
                log(instance=translation, action="wagtail.edit", user=request.user)
        if enabled:
            messages.success(request, _("The alert is switched on: “%s”.") % alert)
        else:
            messages.success(request, _("The alert is switched off: “%s”.") % alert)
        return redirect("wagtailadmin_home")
