"""A page that serves a public form: honeypot, rate limit (``form_quota``), clear failure messages.

Subclasses provide ``form_class`` and ``process(form, request)``; the page renders
``submissions/public_form_page.html`` unless ``form_template`` says otherwise.
"""

from __future__ import annotations

import logging

from django import forms
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage, MunicipalitySettings

from . import form_quota, thank_you
from .fields import SingleLineCharField

logger = logging.getLogger(__name__)

#: The query string of the page a successful submission redirects to.
SENT_PARAM = "sendt"
HONEYPOT_FIELD = "homepage"


def or_call_us(request, message) -> str:
    """``message``, followed by the municipality's phone number when one is set."""
    phone = MunicipalitySettings.for_request_or_empty(request).phone
    if not phone:
        return str(message)
    call_us = _("You can also call us on %(phone)s.") % {"phone": phone}
    return f"{message} {call_us}"


class PublicForm(forms.Form):
    """Base form with a honeypot: a field people never see, which spam bots fill in."""

    homepage = SingleLineCharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]


class PublicFormPage(BasePage):
    """Abstract page serving one public form (``form_class``) without an account."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=1000,
        help_text=_("Shown above the form: what to send and what happens next."),
    )
    reply_within_days = models.PositiveSmallIntegerField(
        _("reply within (working days)"),
        default=5,
        validators=[MaxValueValidator(60)],
        help_text=_(
            "The thank-you page promises an answer within this many working days, with the date."
        ),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        max_length=1000,
        blank=True,
        help_text=_("Shown after a successful submission."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("reply_within_days"),
    ]
    api_fields = ["intro", "thank_you_text"]
    #: Wagtail gives every page class its own default ``template``; all forms share this one.
    form_template = "submissions/public_form_page.html"
    form_class: type[PublicForm] = PublicForm
    submit_label = _("Send")
    query_params = (SENT_PARAM,)

    class Meta:
        abstract = True

    def process(self, form: PublicForm, request) -> None:
        """Save a valid submission. Runs in a transaction; raising rolls everything back."""
        raise NotImplementedError

    def after_process(self, form: PublicForm, request) -> None:
        """Side effects after the transaction committed (receipt emails)."""

    def receipt(self) -> tuple[str, str]:
        """``(reference, email)`` of what ``process`` saved; the email may be empty."""
        raise NotImplementedError

    def get_template(self, request, *args, **kwargs):
        return self.form_template

    def get_form_kwargs(self) -> dict:
        return {}

    def get_form(self, request):
        if request.method == "POST":
            return self.form_class(request.POST, request.FILES, **self.get_form_kwargs())
        return self.form_class(**self.get_form_kwargs())

    def render_form(self, request, form, *, status=200, error_message=None):
        context = self.get_context(request)
        context.update(
            form=form,
            error_message=error_message,
            submit_label=self.submit_label,
            honeypot_field=form[HONEYPOT_FIELD],
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            if SENT_PARAM in request.GET:
                context = {
                    **self.get_context(request),
                    **thank_you.recall(request),
                    "sent": True,
                    "reply_by": thank_you.working_days_after(
                        timezone.localdate(), self.reply_within_days
                    ),
                }
                return TemplateResponse(request, self.get_template(request), context)
            return super().serve(request, *args, **kwargs)

        form = self.get_form(request)
        verdict = form_quota.blocked(request)
        if verdict.limited:
            # Unvalidated, so the form shows what was typed without error noise.
            response = self.render_form(
                request,
                form,
                status=429,
                error_message=or_call_us(request, form_quota.retry_message(verdict.retry_after)),
            )
            response["Retry-After"] = str(verdict.retry_after)
            return response
        if form.is_spam():
            logger.info("Public form on page %s: honeypot filled, submission dropped", self.pk)
            return self._sent_redirect(request)
        if not form.is_valid():
            return self.render_form(
                request,
                form,
                error_message=_("Please correct the errors marked below. Nothing was sent yet."),
            )
        try:
            with transaction.atomic():
                self.process(form, request)
        except Exception:
            logger.exception("Public form on page %s failed", self.pk)
            return self.render_form(
                request,
                form,
                status=500,
                error_message=or_call_us(
                    request,
                    _(
                        "Sorry, something went wrong and your submission was not saved. "
                        "Please try again later."
                    ),
                ),
            )
        form_quota.record_accepted(request)
        self.after_process(form, request)
        reference, email = self.receipt()
        thank_you.remember(request, reference=reference, email=email)
        return self._sent_redirect(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", self.form_class(**self.get_form_kwargs()))
        context.setdefault("submit_label", self.submit_label)
        context.setdefault("honeypot_field", context["form"][HONEYPOT_FIELD])
        return context

    def _sent_redirect(self, request):
        # Post/redirect/get: reloading the thank-you page never submits twice.
        return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")
