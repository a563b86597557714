"""Two-factor sign-in in the Wagtail admin: the code step, setting up an app, recovery codes.

The flow: password on Wagtail's sign-in page → (``accounts.middleware``) the code step here →
the page asked for. Setting up (from the account settings): scan the QR code with an
authenticator app, type its first code, note the ten recovery codes shown once.
"""

from __future__ import annotations

from base64 import b32encode

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView, View
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import two_factor
from .forms import CodeForm, SetupCodeForm


def _next_url(request) -> str:
    """The page the user was going to, if it is on this site; else the admin's dashboard."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class VerifyView(FormView):
    """The second step of signing in: a code from the app, or a recovery code."""

    form_class = CodeForm
    template_name = "accounts/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not two_factor.must_verify(request):
            return HttpResponseRedirect(_next_url(request))
        if not django_otp.user_has_device(request.user):
            return redirect("accounts_two_factor_setup")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": _next_url(self.request)}

    def form_valid(self, form):
        user = self.request.user
        device = two_factor.verify(user, form.cleaned_data["code"])
        if device is None:
            until = two_factor.throttled_until(user)
            if until is not None:
                form.add_error(
                    "code",
                    _("Too many wrong codes. Please wait until %(time)s and try again.")
                    % {"time": formats.time_format(timezone.localtime(until), "H:i:s")},
                )
            else:
                form.add_error(
                    "code",
                    _(
                        "That code is not right. Type the newest code from your app, or one "
                        "of your recovery codes."
                    ),
                )
            return self.form_invalid(form)
        django_otp.login(self.request, device)
        if isinstance(device, StaticDevice):
            left = two_factor.recovery_codes_left(user)
            messages.warning(
                self.request,
                ngettext(
                    "You signed in with a recovery code. You have %(count)s code left: make "
                    "new ones under Account > Two-factor authentication.",
                    "You signed in with a recovery code. You have %(count)s codes left: make "
                    "new ones under Account > Two-factor authentication.",
                    left,
                )
                % {"count": left},
            )
        return HttpResponseRedirect(_next_url(self.request))


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """Account > Two-factor authentication: status, set up, new recovery codes, turn off."""

    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"
    template_name = "accounts/manage.html"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        return {
            **super().get_context_data(**kwargs),
            "enabled": two_factor.has_authenticator(user),
            "required": two_factor.is_required(user),
            "codes_left": two_factor.recovery_codes_left(user),
        }


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class SetupView(WagtailAdminTemplateMixin, FormView):
    """Add an authenticator app: QR code and secret, then its first code to confirm it."""

    page_title = gettext_lazy("Set up two-factor authentication")
    header_icon = "key"
    form_class = SetupCodeForm
    template_name = "accounts/setup.html"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("accounts_two_factor"), "label": _("Two-factor authentication")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        device = two_factor.pending_authenticator(self.request.user)
        secret = b32encode(device.bin_key).decode()
        return {
            **super().get_context_data(**kwargs),
            "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "required": two_factor.is_required(self.request.user),
            "next": _next_url(self.request),
        }

    def form_valid(self, form):
        device = two_factor.pending_authenticator(self.request.user)
        if not device.verify_token(form.cleaned_data["code"]):
            form.add_error(
                "code",
                _(
                    "That code is not right. Check that the time on your phone is correct, "
                    "and type the code the app shows now."
                ),
            )
            return self.form_invalid(form)
        codes = two_factor.confirm_authenticator(device)
        django_otp.login(self.request, device)
        return recovery_codes_response(self.request, codes, _next_url(self.request))


def recovery_codes_response(request, codes, next_url):
    """The recovery codes, shown this once: no page shows them again."""
    response = TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {
            "codes": codes,
            "next": next_url,
            "page_title": _("Your recovery codes"),
            "header_icon": "key",
        },
    )
    response["Cache-Control"] = "no-store"
    return response


class RecoveryCodesView(View):
    """POST: replace the recovery codes with new ones and show them."""

    http_method_names = ["post"]

    def post(self, request):
        if not two_factor.has_authenticator(request.user):
            return redirect("accounts_two_factor")
        codes = two_factor.new_recovery_codes(request.user)
        return recovery_codes_response(request, codes, reverse("accounts_two_factor"))


class DisableView(View):
    """POST: turn two-factor sign-in off, unless this user must use it."""

    http_method_names = ["post"]

    def post(self, request):
        if two_factor.is_required(request.user):
            messages.error(request, _("Two-factor authentication is required for your account."))
        else:
            two_factor.remove_all(request.user)
            messages.success(request, _("Two-factor authentication is turned off."))
        return redirect("accounts_two_factor")
