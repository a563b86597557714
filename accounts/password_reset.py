"""The admin's password reset, limited per target address and per client.

Wagtail's view sends a reset link to whatever address is typed in. Without limits that can
flood a mailbox from the municipality's own address. Requests are counted per target
address (``PASSWORD_RESET_RATE_LIMIT``, whether or not an account has it) and per client
(``PASSWORD_RESET_CLIENT_RATE_LIMIT``); past either, the form says to wait and sends nothing.
The answer never depends on whether the address belongs to an account: the same page follows
every accepted request, and the limit counts unknown addresses as well.
"""

from __future__ import annotations

import math

from django.conf import settings
from django.utils.translation import ngettext
from wagtail.admin.views.account import PasswordResetView

from core.ratelimit import check

from .throttling import client_address


def _address_key(email: str):
    normalised = email.strip().lower()
    return lambda group, request: normalised


def _client_key(group, request) -> str:
    return client_address(request)


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, refusing (429) past the per-address or per-client limit."""

    def post(self, request, *args, **kwargs):
        verdict = check(
            request,
            group="password-reset-client",
            key=_client_key,
            rate=getattr(settings, "PASSWORD_RESET_CLIENT_RATE_LIMIT", ""),
        )
        if verdict.limited:
            return self.too_many(self.get_form(), verdict.retry_after)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        verdict = check(
            self.request,
            group="password-reset-address",
            key=_address_key(form.cleaned_data["email"]),
            rate=getattr(settings, "PASSWORD_RESET_RATE_LIMIT", ""),
        )
        if verdict.limited:
            return self.too_many(form, verdict.retry_after)
        return super().form_valid(form)

    def too_many(self, form, retry_after: int):
        minutes = max(1, math.ceil(retry_after / 60))
        form.add_error(
            None,
            ngettext(
                "There have been many requests to reset a password in a short time. Please "
                "wait %(minutes)s minute and try again.",
                "There have been many requests to reset a password in a short time. Please "
                "wait %(minutes)s minutes and try again.",
                minutes,
            )
            % {"minutes": minutes},
        )
        response = self.render_to_response(self.get_context_data(form=form), status=429)
        response["Retry-After"] = str(retry_after)
        return response
