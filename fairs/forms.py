"""The public stand application form. Every field has a size limit and a Danish error."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import AssociationPage, active_associations
from business.models import BusinessPage, active_businesses
from submissions.fields import PageChoiceField, SingleLineCharField, TelInput, autocomplete
from submissions.public_form import PublicForm

from .choices import Kind, Placement, Size

DESCRIPTION_MAX_LENGTH = 600


class StandApplicationForm(PublicForm):
    """ "Søg om en stand": an association, a business or another exhibitor applies."""

    kind = forms.ChoiceField(label=_("We are"), choices=Kind.choices, initial=Kind.ASSOCIATION)
    association = PageChoiceField(
        label=_("Association"),
        queryset=AssociationPage.objects.none(),
        required=False,
        empty_label=_("Choose the association"),
        help_text=_("If you are an association in the directory."),
    )
    business = PageChoiceField(
        label=_("Business"),
        queryset=BusinessPage.objects.none(),
        required=False,
        empty_label=_("Choose the business"),
        help_text=_("If you are among the business partners."),
    )
    organisation_name = SingleLineCharField(
        label=_("Name of the exhibitor"),
        max_length=200,
        required=False,
        help_text=_("If you are not in the list above."),
    )
    description = forms.CharField(
        label=_("Description for the programme"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What visitors meet at your stand (at most 600 characters)."),
    )
    offer = SingleLineCharField(
        label=_("What you offer"),
        max_length=300,
        required=False,
        help_text=_("E.g. “two volunteers from our staff” or “sponsorship of prizes”."),
    )
    needs_power = forms.BooleanField(label=_("We need power"), required=False)
    needs_table = forms.BooleanField(label=_("We need a table"), required=False)
    placement = forms.ChoiceField(
        label=_("Indoor or outdoor"), choices=Placement.choices, initial=Placement.EITHER
    )
    size = forms.ChoiceField(label=_("Stand size"), choices=Size.choices, initial=Size.SMALL)
    contact_name = SingleLineCharField(
        label=_("Your name"), max_length=120, widget=autocomplete("name")
    )
    contact_email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send a receipt and the practical information here."),
        widget=autocomplete("email", forms.EmailInput),
    )
    contact_phone = SingleLineCharField(
        label=_("Your phone number"),
        max_length=30,
        required=False,
        widget=autocomplete("tel", TelInput),
    )

    def __init__(self, *args, fair=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fair = fair
        associations = active_associations().order_by("title")
        businesses = active_businesses().order_by("title")
        if fair is not None:
            associations = associations.filter(locale=fair.locale)
            businesses = businesses.filter(locale=fair.locale)
        language = fair.locale_id if fair is not None else "all"
        self.fields["association"].offer(associations, f"fair-association:{language}")
        self.fields["business"].offer(businesses, f"fair-business:{language}")

    def clean(self):
        cleaned = super().clean()
        if self.fair is not None and not self.fair.applications_open(timezone.now()):
            raise forms.ValidationError(
                _("The application deadline has passed. Applications are no longer accepted."),
                code="closed",
            )
        kind = cleaned.get("kind")
        if kind == Kind.ASSOCIATION:
            cleaned["business"] = None
            if not cleaned.get("association"):
                self.add_error("association", _("Choose your association."))
        elif kind == Kind.BUSINESS:
            cleaned["association"] = None
            if not cleaned.get("business"):
                self.add_error("business", _("Choose your business."))
        elif kind == Kind.OTHER:
            cleaned["association"] = cleaned["business"] = None
            if not cleaned.get("organisation_name"):
                self.add_error("organisation_name", _("Write the name of the exhibitor."))
        page = cleaned.get("association") or cleaned.get("business")
        if self.fair is not None and page is not None:
            taken = self.fair.applications.filter(
                **{"association" if kind == Kind.ASSOCIATION else "business": page}
            ).exists()
            if taken:
                self.add_error(
                    None,
                    _("%(name)s has already applied for a stand. Contact us to change it.")
                    % {"name": page.title},
                )
        return cleaned
