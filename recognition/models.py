"""Recognition of volunteers ("skulderklap og hæder"): nominations, shortlist and winners."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.models import MunicipalitySettings
from core.querysets import listable
from submissions.public_form import PublicFormPage

from .forms import NominationAdminForm, NominationForm

logger = logging.getLogger(__name__)


class NominationQuerySet(models.QuerySet):
    def celebrated(self):
        """Winners who consented to their name being published and whose celebration page is
        live and public: the only nominations any public output may show."""
        return self.filter(
            status=Nomination.Status.WINNER,
            nominee_consent_at__isnull=False,
            celebration_page__in=listable(Page.objects.all(), tags=()).values("pk"),
        )


class Nomination(models.Model):
    """One citizen's nomination of an ildsjæl; staff move it to the shortlist or make a winner."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        WINNER = "winner", _("Winner")
        DECLINED = "declined", _("Not selected")

    nominee_name = models.CharField(
        _("volunteer"), max_length=120, help_text=_("The person nominated.")
    )
    association = models.ForeignKey(
        "associations.AssociationPage",
        verbose_name=_("association"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
        help_text=_("The association the volunteer works for, when it has a page."),
    )
    association_name = models.CharField(
        _("association (free text)"),
        max_length=200,
        blank=True,
        help_text=_("The association as the nominator wrote it, when it has no page."),
    )
    # Blank only once anonymised (recognition.retention); the public form requires them.
    reason = models.TextField(
        _("reason"),
        max_length=3000,
        blank=True,
        help_text=_("Why the nominator thinks they deserve it."),
    )
    nominator_name = models.CharField(
        _("nominated by"), max_length=120, blank=True, help_text=_("Never shown on the website.")
    )
    nominator_email = models.EmailField(
        _("nominator's email"),
        blank=True,
        help_text=_("For the receipt. Never shown on the website."),
    )
    nominator_phone = models.CharField(
        _("nominator's phone"),
        max_length=30,
        blank=True,
        help_text=_("For questions from the committee. Never shown on the website."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.RECEIVED,
        db_index=True,
        help_text=_(
            "A winner is shown on the association's page once the celebration page is live."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), db_index=True, help_text=_("The year of the award the nomination is for.")
    )
    celebration_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("celebration page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A news article or page about the winner. Shown on the association's page once live."
        ),
    )
    staff_note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_("For the committee only. Never shown to the nominator or on the website."),
    )
    # The volunteer's own consent to their name being published; set and cleared through the
    # admin form (recognition.forms.NominationAdminForm), which records who and when.
    nominee_consent_at = models.DateTimeField(
        _("consent recorded at"), null=True, blank=True, editable=False
    )
    nominee_consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consent recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    nominee_consent_note = models.CharField(
        _("how consent was given"),
        max_length=255,
        blank=True,
        help_text=_('For example "By phone to Mette Jensen on 3 May" or "Email of 3 May".'),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    #: When the retention job removed the nominator's details and the reason (winners only).
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = NominationQuerySet.as_manager()
    base_form_class = NominationAdminForm

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at"]
        permissions = [
            (
                "export_nomination",
                _("Can export nominations (with the nominators' contact details)"),
            )
        ]

    def __str__(self):
        return f"{self.nominee_name} ({self.year})"

    @property
    def has_consent(self) -> bool:
        return self.nominee_consent_at is not None

    @property
    def reference(self) -> str:
        """The number a nominator quotes when they call or write ("I-17")."""
        return f"I-{self.pk}"

    @property
    def association_display(self) -> str:
        return self.association.title if self.association_id else self.association_name


class NominationPage(PublicFormPage):
    """ "Indstil en ildsjæl": the public nomination form."""

    form_class = NominationForm
    submit_label = _("Send nomination")
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nomination form")
        verbose_name_plural = _("nomination forms")

    def get_form_kwargs(self):
        return {"locale": self.locale}

    def process(self, form, request) -> None:
        from django.utils import timezone

        data = form.cleaned_data
        self.nomination = Nomination.objects.create(
            nominee_name=data["nominee_name"],
            association=data.get("association"),
            association_name=data.get("association_name", ""),
            reason=data["reason"],
            nominator_name=data["nominator_name"],
            nominator_email=data["nominator_email"],
            nominator_phone=data.get("nominator_phone", ""),
            year=timezone.localdate().year,
        )

    def receipt(self) -> tuple[str, str]:
        return self.nomination.reference, self.nomination.nominator_email

    def after_process(self, form, request) -> None:
        nomination = self.nomination
        try:
            # Fixed text and a reference only, never the names or the reason typed into the
            # form: the address was typed by whoever sent it (see submissions.models).
            send_mail(
                gettext("We have received your nomination (reference %(reference)s)")
                % {"reference": nomination.reference},
                render_to_string(
                    "recognition/emails/receipt.txt",
                    {
                        "reference": nomination.reference,
                        "municipality": MunicipalitySettings.for_request_or_empty(request),
                    },
                ),
                None,
                [nomination.nominator_email],
            )
        except Exception:
            logger.exception("Receipt for nomination %s could not be sent", nomination.pk)
