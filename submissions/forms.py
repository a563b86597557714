"""The public suggestion forms. Every field has a size limit; images are checked like the admin's."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import AssociationPage
from core.models.pages import SUMMARY_MAX_LENGTH
from core.uploads import ImageUploadField

from .fields import PageChoiceField, SingleLineCharField, TelInput, autocomplete
from .public_form import PublicForm

TITLE_MAX_LENGTH = 120
TEXT_MAX_LENGTH = 3000
MAX_YEARS_AHEAD = 2


class ContactFieldsMixin(forms.Form):
    """Who sent the suggestion, so the communications team can ask questions."""

    name = SingleLineCharField(label=_("Your name"), max_length=120, widget=autocomplete("name"))
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        required=False,
        help_text=_("We send a receipt and can ask you about details."),
        widget=autocomplete("email", forms.EmailInput),
    )
    phone = SingleLineCharField(
        label=_("Your phone number"),
        max_length=30,
        required=False,
        widget=autocomplete("tel", TelInput),
    )


class ImageFieldsMixin(forms.Form):
    """An optional image, validated like every other image upload (``core.uploads``)."""

    image = forms.FileField(label=_("Image"), required=False)
    image_alt = SingleLineCharField(
        label=_("Describe the image"),
        max_length=250,
        required=False,
        help_text=_("For people who cannot see the image. Required with an image."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form so the size and pixel limits follow the current settings.
        self.fields["image"] = ImageUploadField(label=self.fields["image"].label, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not cleaned.get("image_alt", "").strip():
            self.add_error("image_alt", _("Describe the image for people who cannot see it."))
        return cleaned


class ActivitySuggestionForm(ImageFieldsMixin, ContactFieldsMixin, PublicForm):
    """ "Foreslå en aktivitet": becomes a draft activity in the moderation queue."""

    title = SingleLineCharField(label=_("Name of the activity"), max_length=TITLE_MAX_LENGTH)
    summary = forms.CharField(
        label=_("Short description"),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences shown in the calendar (at most 300 characters)."),
    )
    description = forms.CharField(
        label=_("More about the activity"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    start = forms.DateTimeField(
        label=_("Starts"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    end = forms.DateTimeField(
        label=_("Ends"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    address = SingleLineCharField(label=_("Address"), max_length=200)
    organiser = PageChoiceField(
        label=_("Organising association"),
        queryset=AssociationPage.objects.none(),
        required=False,
        empty_label=_("No association / do not know"),
    )
    price_text = SingleLineCharField(
        label=_("Price"), max_length=200, required=False, help_text=_("Leave empty if it is free.")
    )
    registration_url = forms.URLField(
        label=_("Registration link"), max_length=500, required=False, assume_scheme="https"
    )

    field_order = [
        "title",
        "summary",
        "description",
        "start",
        "end",
        "address",
        "organiser",
        "price_text",
        "registration_url",
        "image",
        "image_alt",
        "name",
        "email",
        "phone",
    ]

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        associations = AssociationPage.objects.listable().filter(active=True).order_by("title")
        if locale is not None:
            associations = associations.filter(locale=locale)
        self.fields["organiser"].offer(associations, f"organiser:{getattr(locale, 'pk', 'all')}")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        now = timezone.now()
        if start and start < now:
            self.add_error("start", _("The activity must start in the future."))
        elif start and start > now.replace(year=now.year + MAX_YEARS_AHEAD):
            self.add_error("start", _("The activity must start within two years."))
        if start and end and end <= start:
            self.add_error("end", _("The end must be after the start."))
        return cleaned


class GuideSuggestionForm(ContactFieldsMixin, PublicForm):
    """Content for the association guides: becomes a draft guide in the moderation queue."""

    title = SingleLineCharField(label=_("What is your tip about?"), max_length=TITLE_MAX_LENGTH)
    summary = forms.CharField(
        label=_("Short summary"),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    text = forms.CharField(
        label=_("Your tip or experience"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    field_order = ["title", "summary", "text", "name", "email", "phone"]
