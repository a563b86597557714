"""The public nomination form ("Indstil en ildsjæl")."""

from django import forms
from django.utils.translation import gettext_lazy as _

from associations.models import AssociationPage
from submissions.fields import SingleLineCharField
from submissions.public_form import PublicForm

REASON_MAX_LENGTH = 3000


class NominationForm(PublicForm):
    nominee_name = SingleLineCharField(label=_("Name of the volunteer"), max_length=120)
    association = forms.ModelChoiceField(
        label=_("Association"),
        queryset=AssociationPage.objects.none(),
        required=False,
        empty_label=_("Not in the list / no association"),
    )
    association_name = SingleLineCharField(
        label=_("Association or activity, if not in the list"), max_length=200, required=False
    )
    reason = forms.CharField(
        label=_("Why does this person deserve recognition?"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    nominator_name = SingleLineCharField(label=_("Your name"), max_length=120)
    nominator_email = forms.EmailField(label=_("Your email"), max_length=254)
    nominator_phone = SingleLineCharField(
        label=_("Your phone number"), max_length=30, required=False
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        associations = AssociationPage.objects.listable().order_by("title")
        if locale is not None:
            associations = associations.filter(locale=locale)
        self.fields["association"].queryset = associations

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("association") and not cleaned.get("association_name", "").strip():
            self.add_error(
                "association_name", _("Choose the association or write where they volunteer.")
            )
        return cleaned
