"""Admin wiring: stand applications and the message to exhibitors."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import MESSAGE_PERMISSION, StandApplicationViewSet, message_exhibitors_view


@hooks.register("register_admin_viewset")
def register_stand_application_viewset():
    return StandApplicationViewSet("stand_applications")


@hooks.register("register_admin_urls")
def register_message_url():
    return [
        path("fairs/message/", message_exhibitors_view, name="fairs_message_exhibitors"),
    ]


class MessageMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MESSAGE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_message_menu_item():
    return MessageMenuItem(
        _("Email exhibitors"), reverse("fairs_message_exhibitors"), icon_name="mail", order=266
    )
