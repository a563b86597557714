"""Two-factor sign-in in the Wagtail admin: its URLs, the account panel, the permission."""

from django import forms
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel

from . import two_factor, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", views.ManageView.as_view(), name="accounts_two_factor"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="accounts_two_factor_setup"),
        path(
            "two-factor/recovery-codes/",
            views.RecoveryCodesView.as_view(),
            name="accounts_two_factor_recovery_codes",
        ),
        path(
            "two-factor/disable/", views.DisableView.as_view(), name="accounts_two_factor_disable"
        ),
    ]


class TwoFactorSettingsPanel(BaseSettingsPanel):
    """A panel in Account settings with the user's two-factor status and a link to manage it."""

    name = "two_factor"
    title = _("Two-factor authentication")
    order = 550
    template_name = "accounts/settings_panel.html"

    def get_form(self):
        # Nothing to save here: the panel links to its own pages (the account view still
        # asks every panel for a form).
        return forms.Form(prefix=self.name)

    def get_context_data(self):
        return {
            "enabled": two_factor.has_authenticator(self.user),
            "required": two_factor.is_required(self.user),
        }


@hooks.register("register_account_settings_panel")
def register_two_factor_panel(request, user, profile):
    return TwoFactorSettingsPanel(request, user, profile)


@hooks.register("register_permissions")
def register_two_factor_permission():
    return Permission.objects.filter(
        content_type__app_label="accounts", codename="require_two_factor"
    )
