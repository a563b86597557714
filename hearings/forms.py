"""The public answer form and the check of its attachments (PDF or images, real content)."""

from __future__ import annotations

import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from core.image_metadata import clean_upload
from core.uploads import IMAGE_FORMATS, validate_image_upload
from submissions.fields import SingleLineCharField, autocomplete
from submissions.public_form import PublicForm

from .models import ANSWER_MAX_LENGTH, HearingAnswer

MAX_ATTACHMENTS = 3
PDF_MAGIC = b"%PDF-"


def max_attachment_size() -> int:
    """Bytes one attachment may have (``HEARING_ATTACHMENT_MAX_BYTES``, default 10 MB)."""
    return getattr(settings, "HEARING_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)


def validate_pdf(f) -> None:
    """A PDF must start like one (within its first kilobyte, as readers allow) and end like
    one: a program renamed ``.pdf`` is refused whatever its name says."""
    f.seek(0)
    head = f.read(1024)
    f.seek(max(0, f.size - 2048))
    tail = f.read()
    f.seek(0)
    if PDF_MAGIC not in head or b"%%EOF" not in tail:
        raise ValidationError(
            _("“%(name)s” is called .pdf but is not a PDF file. Save it as PDF and try again.")
            % {"name": os.path.basename(f.name)},
            code="not_pdf",
        )


def validate_attachment(f):
    """The file as it is stored: a sound PDF, or an image without its metadata."""
    name = os.path.basename(getattr(f, "name", "") or "")
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    limit = max_attachment_size()
    if f.size > limit:
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s). A file may be at most %(limit)s.")
            % {"name": name, "size": filesizeformat(f.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    if extension == "pdf":
        if not f.size:
            raise ValidationError(_("The file is empty (0 bytes). Choose it again."))
        validate_pdf(f)
        return f
    if extension in IMAGE_FORMATS or extension in ("svg", "svgz"):
        # The images' own checks: SVG refused, the content must match the name, no bombs.
        validate_image_upload(f)
        cleaned = clean_upload(f)
        # Stored under a private name; the page shows the name the answerer gave it.
        cleaned.original_name = name
        return cleaned
    raise ValidationError(
        _("“%(name)s” cannot be attached. Attach PDF files or images (JPG, PNG, GIF, WebP).")
        % {"name": name},
        code="invalid_extension",
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to three files in one input; each checked by :func:`validate_attachment`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,image/*"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        files = [f for f in files if f]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(
                _("You can attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS},
                code="too_many_files",
            )
        cleaned, errors = [], []
        for f in files:
            try:
                cleaned.append(validate_attachment(super().clean(f, initial)))
            except ValidationError as exc:
                errors.extend(exc.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


def attachments_help() -> str:
    return _(
        "Up to %(count)s files: PDF or images (JPG, PNG, GIF, WebP), at most %(size)s each."
    ) % {
        "count": MAX_ATTACHMENTS,
        "size": filesizeformat(max_attachment_size()),
    }


class AnswerFieldsMixin(forms.Form):
    name = SingleLineCharField(label=_("Your name"), max_length=120, widget=autocomplete("name"))
    address = SingleLineCharField(
        label=_("Postal address"),
        max_length=200,
        required=False,
        widget=autocomplete("street-address"),
        help_text=_("Shown with your answer unless you tick the box below."),
    )
    hide_address = forms.BooleanField(label=_("Do not show my address publicly"), required=False)
    respondent = forms.ChoiceField(
        label=_("I answer"),
        choices=[
            (HearingAnswer.Respondent.PERSON, _("as myself")),
            (HearingAnswer.Respondent.ORGANISATION, _("on behalf of an organisation")),
        ],
        initial=HearingAnswer.Respondent.PERSON,
        widget=forms.RadioSelect,
    )
    organisation = SingleLineCharField(
        label=_("Name of the organisation"),
        max_length=150,
        required=False,
        help_text=_("Only when you answer on behalf of an organisation or association."),
    )
    text = forms.CharField(
        label=_("Your answer"),
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("At most %(count)s characters.")
        % {"count": number_format(ANSWER_MAX_LENGTH, force_grouping=True)},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("respondent") == HearingAnswer.Respondent.ORGANISATION and not cleaned.get(
            "organisation"
        ):
            self.add_error("organisation", _("Write the name of the organisation."))
        if "text" in cleaned and not cleaned["text"].strip():
            self.add_error("text", _("Write your answer."))
        return cleaned


class AnswerForm(AnswerFieldsMixin, PublicForm):
    """What a citizen fills in: who they are, their answer, files and consent."""

    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send a receipt with a copy of your answer, and tell you the decision."),
        widget=autocomplete("email", forms.EmailInput),
    )
    email_confirm = forms.EmailField(
        label=_("Repeat your email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    attachments = AttachmentsField(label=_("Attachments"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that my answer, name, organisation and (unless I chose otherwise) my "
            "address are published on the hearing page, and that the municipality keeps my "
            "details as described below."
        ),
        error_messages={"required": _("You must agree before you can send your answer.")},
    )

    field_order = [
        "name",
        "email",
        "email_confirm",
        "address",
        "hide_address",
        "respondent",
        "organisation",
        "text",
        "attachments",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = attachments_help()

    def clean(self):
        cleaned = super().clean()
        email, confirm = cleaned.get("email"), cleaned.get("email_confirm")
        if email and confirm and email.strip().lower() != confirm.strip().lower():
            self.add_error("email_confirm", _("The two email addresses are not the same."))
        return cleaned


class StaffAnswerForm(AnswerFieldsMixin, forms.Form):
    """Staff typing in an answer received by phone, in person or by letter."""

    email = forms.EmailField(
        label=_("Email (optional)"),
        max_length=254,
        required=False,
        help_text=_("Then the answerer gets the receipt and the decision by email."),
    )
    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[c for c in HearingAnswer.Channel.choices if c[0] != HearingAnswer.Channel.WEB],
    )

    field_order = [
        "channel",
        "name",
        "email",
        "address",
        "hide_address",
        "respondent",
        "organisation",
        "text",
    ]


__all__ = [
    "AnswerForm",
    "StaffAnswerForm",
    "validate_attachment",
]
