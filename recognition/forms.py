"""The public nomination form ("Indstil en ildsjæl") and the staff's nomination form."""

from django import forms
from django.utils.formats import date_format
from django.utils.timezone import localtime, now
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from associations.models import AssociationPage, active_associations
from submissions.fields import PageChoiceField, SingleLineCharField, TelInput, autocomplete
from submissions.public_form import PublicForm

REASON_MAX_LENGTH = 3000


class NominationForm(PublicForm):
    """ "Indstil en ildsjæl": anyone may nominate a volunteer; staff decide in the admin.

    The association is optional: "Ikke på listen / ingen forening" with no name is a valid
    answer (a helpful neighbour can be nominated too).
    """

    nominee_name = SingleLineCharField(
        label=_("Name of the volunteer"), max_length=120, widget=autocomplete("off")
    )
    association = PageChoiceField(
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
    nominator_name = SingleLineCharField(
        label=_("Your name"), max_length=120, widget=autocomplete("name")
    )
    nominator_email = forms.EmailField(
        label=_("Your email"), max_length=254, widget=autocomplete("email", forms.EmailInput)
    )
    nominator_phone = SingleLineCharField(
        label=_("Your phone number"),
        max_length=30,
        required=False,
        widget=autocomplete("tel", TelInput),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        associations = active_associations().order_by("title")
        if locale is not None:
            associations = associations.filter(locale=locale)
        self.fields["association"].offer(
            associations, f"nomination:{getattr(locale, 'pk', 'all')}"
        )


class NominationAdminForm(WagtailAdminModelForm):
    """Staff's nomination form: a consent checkbox that records who ticked it, and when.

    A winner's name is shown publicly only with consent (``NominationQuerySet.celebrated``).
    Unticking it withdraws the consent: the name disappears from every public output.
    """

    nominee_consent = forms.BooleanField(
        label=_("The volunteer agrees that their name is published"),
        required=False,
        help_text=_(
            "Ask the volunteer before the name is shown on the website, e.g. under the "
            "association's honoured volunteers. Write below how they agreed."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.fields["nominee_consent"].initial = instance.nominee_consent_at is not None
        if instance.nominee_consent_at is not None:
            recorder = instance.nominee_consent_by
            self.fields["nominee_consent"].help_text = _("Recorded by %(user)s on %(time)s.") % {
                "user": (recorder.get_full_name() or recorder.get_username())
                if recorder
                else _("a deleted user"),
                "time": date_format(localtime(instance.nominee_consent_at), "DATETIME_FORMAT"),
            }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("nominee_consent") and not cleaned.get("nominee_consent_note", "").strip():
            self.add_error("nominee_consent_note", _("Write how and when the volunteer agreed."))
        return cleaned

    def save(self, commit=True):
        instance = self.instance
        if not self.cleaned_data.get("nominee_consent"):
            instance.nominee_consent_at = None
            instance.nominee_consent_by = None
        elif instance.nominee_consent_at is None:
            instance.nominee_consent_at = now()
            instance.nominee_consent_by = self.for_user
        return super().save(commit=commit)
