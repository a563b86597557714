"""The subscription form in the admin: everything on the model, plus "rotate the secret"."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

#: Hours the old secret keeps signing after a rotation unless the editor says otherwise.
DEFAULT_GRACE_HOURS = 24
MAX_GRACE_HOURS = 24 * 14


class SubscriptionForm(WagtailAdminModelForm):
    rotate_secret = forms.BooleanField(
        label=_("Rotate the signing secret"),
        required=False,
        help_text=_(
            "Makes a new secret. The old one keeps signing next to it for the hours below, "
            "so the receiver can switch without losing messages."
        ),
    )
    grace_hours = forms.IntegerField(
        label=_("Hours the old secret stays valid"),
        required=False,
        min_value=0,
        max_value=MAX_GRACE_HOURS,
        initial=DEFAULT_GRACE_HOURS,
    )

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if self.cleaned_data.get("rotate_secret") and instance.pk:
            hours = self.cleaned_data.get("grace_hours")
            instance.rotate_secret(DEFAULT_GRACE_HOURS if hours is None else hours)
        return instance
