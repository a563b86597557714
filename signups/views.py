"""The public sign-up form (``/tilmelding/<id>/``) and the personal cancel link.

The form reuses the public forms' defences (``submissions``): the honeypot, the accepted-forms
rate limit per browser and address, size limits on every field. Only activities that any
public output may show (``listable()``) take sign-ups; others answer 404.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.querysets import is_listable
from submissions import form_quota
from submissions.public_form import or_call_us

from . import services, tokens
from .forms import SignupForm
from .models import Registration, SignupOption

logger = logging.getLogger(__name__)
SENT_PARAM = "sendt"
DONE_TAG = "signup-done"


def public_option(pk: int) -> SignupOption:
    option = get_object_or_404(SignupOption.objects.select_related("activity"), pk=pk)
    if not is_listable(option.activity):
        raise Http404
    return option


def _render(request, option, form, *, status=200, error_message="", done=None):
    context = {
        "option": option,
        "activity": option.activity.specific,
        "form": form,
        "honeypot_field": form["homepage"],
        "error_message": error_message,
        "closed_reason": option.closed_reason(),
        "places_left": option.places_left(),
        "done": done,
    }
    return TemplateResponse(request, "signups/signup_form.html", context, status=status)


@never_cache
def signup(request, pk: int):
    option = public_option(pk)
    if request.method != "POST":
        done = [m.message for m in messages.get_messages(request) if DONE_TAG in m.extra_tags]
        return _render(request, option, SignupForm(option=option), done=done)

    form = SignupForm(request.POST, option=option)
    verdict = form_quota.blocked(request)
    if verdict.limited:
        response = _render(
            request,
            option,
            form,
            status=429,
            error_message=or_call_us(request, form_quota.retry_message(verdict.retry_after)),
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    if form.is_spam():
        logger.info("Sign-up %s: honeypot filled, dropped", option.pk)
        return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")
    if not form.is_valid():
        return _render(
            request,
            option,
            form,
            status=400,
            error_message=_("Please correct the errors marked below. You are not signed up yet."),
        )
    applicant = services.Applicant(
        name=form.cleaned_data["name"],
        email=form.cleaned_data.get("email", ""),
        phone=form.cleaned_data.get("phone", ""),
        seats=form.seats(),
        answers=form.answers(),
    )
    try:
        registration = services.sign_up(option, applicant)
    except services.SignupError as error:
        return _render(request, option, form, status=400, error_message=error.message)
    form_quota.record_accepted(request)
    if registration.status == Registration.Status.WAITING:
        text = _("The activity is full, so you are on the waiting list.")
    else:
        text = _("You are signed up.")
    if registration.email:
        text += " " + _("We have sent a confirmation with a link to cancel.")
    messages.success(request, text, extra_tags=DONE_TAG)
    return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")


INVALID_LINK_MESSAGES = {
    "invalid": _(
        "The link is not valid. Check that you copied all of it from the email, or call us."
    ),
    "expired": _("The link has expired. Call or write to us to cancel."),
    "used": _("The link has already been used: the sign-up is cancelled."),
}


@never_cache
def cancel(request, token: str):
    """GET shows what will be cancelled (mail scanners follow links); POST cancels."""
    try:
        registration = services.registration_for_token(token)
    except tokens.InvalidLink as error:
        context = {"error_message": str(INVALID_LINK_MESSAGES[error.reason])}
        return TemplateResponse(request, "signups/cancel.html", context, status=400)
    if request.method == "POST":
        try:
            registration = services.cancel_by_link(token)
        except tokens.InvalidLink as error:
            context = {"error_message": str(INVALID_LINK_MESSAGES[error.reason])}
            return TemplateResponse(request, "signups/cancel.html", context, status=400)
        context = {"cancelled": True, "option": registration.option}
        return TemplateResponse(request, "signups/cancel.html", context)
    context = {"registration": registration, "option": registration.option}
    return TemplateResponse(request, "signups/cancel.html", context)
