from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import access, admin_views


@hooks.register("register_admin_urls")
def register_signup_urls():
    return [
        path("tilmeldinger/", admin_views.index, name="signups_index"),
        path("tilmeldinger/ny/", admin_views.edit, name="signups_add"),
        path("tilmeldinger/<int:pk>/rediger/", admin_views.edit, name="signups_edit"),
        path("tilmeldinger/<int:pk>/", admin_views.participants, name="signups_participants"),
        path("tilmeldinger/<int:pk>/eksport/", admin_views.export, name="signups_export"),
        path("tilmeldinger/<int:pk>/besked/", admin_views.message, name="signups_message"),
    ]


class SignupMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return access.is_signup_staff(user) or access.manageable_activities(user).exists()


@hooks.register("register_admin_menu_item")
def register_signup_menu_item():
    return SignupMenuItem(
        _("Activity sign-ups"), reverse("signups_index"), icon_name="group", order=352
    )
