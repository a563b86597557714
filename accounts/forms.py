"""The two-factor forms: one field for a code, as the phone shows it."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """A code from the authenticator app (or, at sign-in, a recovery code)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if "\x00" in code or not code.isalnum():
            raise forms.ValidationError(_("Enter the code with letters and digits only."))
        return code


class SetupCodeForm(CodeForm):
    """The first code from a newly added app, which proves it has the right secret."""

    code = forms.CharField(
        label=_("Six-digit code from the app"),
        max_length=12,
        help_text=_("The app shows a new code every 30 seconds; type the one you see now."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
