"""The public sign-up form (built from the option's questions) and the staff forms."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from submissions.fields import SingleLineCharField
from submissions.forms import ContactFieldsMixin
from submissions.public_form import PublicForm

from .models import MAX_SEATS, SignupQuestion

ANSWER_MAX_LENGTH = 500


class SignupForm(ContactFieldsMixin, PublicForm):
    """Name, email and/or phone, and the option's questions (``q<question id>``)."""

    def __init__(self, *args, option, **kwargs):
        super().__init__(*args, **kwargs)
        self.option = option
        self.fields["email"].help_text = _("We send the confirmation and a reminder here.")
        self.questions = list(option.questions.all())
        for question in self.questions:
            name = f"q{question.pk}"
            if question.kind == SignupQuestion.Kind.SEATS:
                self.fields[name] = forms.IntegerField(
                    label=question.label,
                    min_value=1,
                    max_value=MAX_SEATS,
                    required=question.required,
                    initial=1,
                )
            elif question.kind == SignupQuestion.Kind.NUMBER:
                self.fields[name] = forms.IntegerField(
                    label=question.label, min_value=0, max_value=9999, required=question.required
                )
            else:
                self.fields[name] = forms.CharField(
                    label=question.label,
                    max_length=ANSWER_MAX_LENGTH,
                    required=question.required,
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
        # The honeypot last, after the questions.
        self.order_fields([name for name in self.fields if name != "homepage"] + ["homepage"])

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("email") and not cleaned.get("phone", "").strip()
        if missing and not self.has_error("email"):
            self.add_error("email", _("Give an email address or a phone number."))
        return cleaned

    def seats(self) -> int:
        for question in self.questions:
            if question.kind == SignupQuestion.Kind.SEATS:
                return self.cleaned_data.get(f"q{question.pk}") or 1
        return 1

    def answers(self) -> dict:
        answers = {}
        for question in self.questions:
            if question.kind == SignupQuestion.Kind.SEATS:
                continue  # stored as the number of people
            value = self.cleaned_data.get(f"q{question.pk}")
            answers[question.label] = "" if value is None else str(value).strip()
        return answers


class MessageForm(forms.Form):
    subject = SingleLineCharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )
    include_waiting = forms.BooleanField(label=_("Also send to the waiting list"), required=False)
