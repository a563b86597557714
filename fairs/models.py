"""Association and business days ("foreningsdage"): a fair page, stand applications, exhibitors.

Associations and businesses apply for a stand on the fair page's public form (the spam
defences of ``submissions.public_form``). Staff accept or decline each application in the
admin and give it a stand number; the exhibitor list and the map are public once staff
publish them. Only accepted applications are ever public, and never with their contact
person (``Exhibitor`` is what public output may show).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core import page_cache
from core.blocks import RICH_TEXT_FEATURES
from core.querysets import is_listable
from submissions.public_form import PublicFormPage

from .choices import Kind, Placement, Size, Status
from .forms import StandApplicationForm


def stand_sort_key(number: str) -> tuple:
    """ "A2" before "A10": letters as text, digits as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", number))


class FairPage(PublicFormPage):
    """A fair (e.g. "Foreningsdag 2027") with its stand application form and exhibitors."""

    starts_at = models.DateTimeField(_("starts"), help_text=_("When the fair opens."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("When the fair closes."))
    location = models.CharField(
        _("location"),
        max_length=200,
        help_text=_("Where the fair takes place, e.g. Vallensbæk Idrætscenter."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the fair is, for visitors and exhibitors."),
    )
    applications_close_at = models.DateTimeField(
        _("applications close"),
        help_text=_("The last moment associations and businesses can apply for a stand."),
    )
    exhibitors_published = models.BooleanField(
        _("publish the exhibitor list"),
        default=False,
        help_text=_(
            "Show the accepted exhibitors and their stand numbers on the page and in the API."
        ),
    )
    map_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("map of the stands"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A map with the stand numbers. Shown with the exhibitor list."),
    )
    map_image_alt = models.CharField(
        _("map description"),
        max_length=250,
        blank=True,
        help_text=_("Describe the map for people who cannot see it. Required with a map."),
    )

    content_panels = [
        *PublicFormPage.content_panels,
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("location"),
        FieldPanel("description"),
        FieldPanel("applications_close_at"),
        MultiFieldPanel(
            [
                FieldPanel("exhibitors_published"),
                FieldPanel("map_image"),
                FieldPanel("map_image_alt"),
            ],
            heading=_("Exhibitors"),
        ),
    ]
    search_fields = [
        *PublicFormPage.search_fields,
        index.SearchField("description"),
        index.SearchField("location"),
    ]
    api_fields = [
        *PublicFormPage.api_fields,
        "starts_at",
        "ends_at",
        "location",
        "description",
        "applications_close_at",
        "exhibitors_published",
        "map_image",
    ]
    form_class = StandApplicationForm
    form_template = "fairs/fair_page.html"
    submit_label = _("Apply for a stand")
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("association and business day")
        verbose_name_plural = _("association and business days")

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_fair]

    def clean_fair(self) -> dict:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The fair must end after it starts.")
        if (
            self.starts_at
            and self.applications_close_at
            and (self.applications_close_at > self.starts_at)
        ):
            errors["applications_close_at"] = _("Applications must close before the fair starts.")
        if self.map_image_id and not self.map_image_alt.strip():
            errors["map_image_alt"] = _("Describe the map for people who cannot see it.")
        return errors

    def applications_open(self, now=None) -> bool:
        return (now or timezone.now()) <= self.applications_close_at

    def get_form_kwargs(self) -> dict:
        return {"fair": self}

    def process(self, form, request) -> None:
        data = form.cleaned_data
        page = data.get("association") or data.get("business")
        self.application = StandApplication.objects.create(
            fair=self,
            kind=data["kind"],
            association=data.get("association"),
            business=data.get("business"),
            # The name at the time of applying: shown if the page is no longer public.
            organisation_name=page.title if page else data["organisation_name"],
            description=data["description"],
            offer=data.get("offer", ""),
            needs_power=data.get("needs_power", False),
            needs_table=data.get("needs_table", False),
            placement=data["placement"],
            size=data["size"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data.get("contact_phone", ""),
        )

    def receipt(self) -> tuple[str, str]:
        return self.application.reference, self.application.contact_email

    def after_process(self, form, request) -> None:
        from .notify import send_receipt

        send_receipt(self.application, request)

    def exhibitors(self) -> list[Exhibitor]:
        """The public exhibitor list (empty until staff publish it), by stand number."""
        if not self.exhibitors_published:
            return []
        accepted = self.applications.filter(
            status=StandApplication.Status.ACCEPTED
        ).select_related("association", "business")
        ordered = sorted(accepted, key=lambda a: (stand_sort_key(a.stand_number), a.pk))
        return [application.exhibitor() for application in ordered]

    def exhibitors_by_category(self) -> list[tuple[str, str, list[Exhibitor]]]:
        """``(category, label, exhibitors)``: associations, businesses, others (non-empty)."""
        groups = {kind: [] for kind in StandApplication.Kind.values}
        for exhibitor in self.exhibitors():
            groups[exhibitor.kind].append(exhibitor)
        return [
            (kind, Kind.plural_label_of(kind), items) for kind, items in groups.items() if items
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["applications_open"] = self.applications_open(now)
        if context["applications_open"] and (
            (self.applications_close_at - now).total_seconds() < page_cache.timeout()
        ):
            # A cached copy would still offer the form after the deadline.
            page_cache.dont_store(request)
        context["exhibitor_groups"] = self.exhibitors_by_category()
        return context


@dataclass(frozen=True)
class Exhibitor:
    """What public output may show of an accepted application: no contact person, no needs."""

    id: int
    kind: str
    name: str
    stand_number: str
    description: str
    offer: str
    category: str
    page: object | None


class StandApplication(models.Model):
    """One association's or business's application for a stand at a fair."""

    Kind = Kind

    Status = Status
    Placement = Placement
    Size = Size

    fair = models.ForeignKey(
        FairPage,
        verbose_name=_("fair"),
        on_delete=models.CASCADE,
        related_name="applications",
        help_text=_("The association or business day applied for."),
    )
    kind = models.CharField(
        _("exhibitor type"),
        max_length=12,
        choices=Kind.choices,
        help_text=_("Association, business or another exhibitor."),
    )
    association = models.ForeignKey(
        "associations.AssociationPage",
        verbose_name=_("association"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stand_applications",
        help_text=_("The association applying, if it is in the directory."),
    )
    business = models.ForeignKey(
        "business.BusinessPage",
        verbose_name=_("business"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stand_applications",
        help_text=_("The business applying, if it is among the business partners."),
    )
    organisation_name = models.CharField(
        _("name of the exhibitor"),
        max_length=200,
        blank=True,
        help_text=_("The name shown in the exhibitor list when no page is chosen."),
    )
    description = models.TextField(
        _("description for the programme"),
        max_length=600,
        help_text=_("What visitors meet at the stand. Shown in the exhibitor list."),
    )
    offer = models.CharField(
        _("what we offer"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “two volunteers from our staff” or “sponsorship of prizes”."),
    )
    needs_power = models.BooleanField(
        _("needs power"), default=False, help_text=_("A power socket at the stand.")
    )
    needs_table = models.BooleanField(
        _("needs a table"), default=False, help_text=_("A table from the municipality.")
    )
    placement = models.CharField(
        _("indoor or outdoor"),
        max_length=10,
        choices=Placement.choices,
        default=Placement.EITHER,
        help_text=_("Where the stand should be."),
    )
    size = models.CharField(
        _("stand size"),
        max_length=10,
        choices=Size.choices,
        default=Size.SMALL,
        help_text=_("How much space the stand needs."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=120,
        help_text=_("Who staff contact about the stand. Never shown publicly."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        help_text=_("Receives the receipt and messages to exhibitors. Never shown publicly."),
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=30,
        blank=True,
        help_text=_("Never shown publicly."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.RECEIVED,
        help_text=_("Only accepted applications appear in the exhibitor list."),
    )
    stand_number = models.CharField(
        _("stand number"),
        max_length=10,
        blank=True,
        help_text=_("E.g. A12. Unique within the fair; shown in the exhibitor list and map."),
    )
    staff_note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_("Only for staff, e.g. why an application was declined."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decision_sent = models.CharField(
        _("decision emailed"),
        max_length=10,
        choices=Status.choices,
        blank=True,
        editable=False,
        help_text=_(
            "The decision the applicant was last told by email, so saving again does not "
            "send it again."
        ),
    )

    class Meta:
        verbose_name = _("stand application")
        verbose_name_plural = _("stand applications")
        ordering = ["fair", "stand_number", "created_at"]
        permissions = [("export_standapplication", _("Can export stand applications"))]
        constraints = [
            models.UniqueConstraint(
                fields=["fair", "stand_number"],
                condition=~Q(stand_number=""),
                name="fairs_unique_stand_number_per_fair",
                violation_error_message=_("Another exhibitor at this fair has this stand number."),
            ),
            models.UniqueConstraint(
                fields=["fair", "association"],
                condition=Q(association__isnull=False),
                name="fairs_one_application_per_association",
                violation_error_message=_("This association has already applied for this fair."),
            ),
            models.UniqueConstraint(
                fields=["fair", "business"],
                condition=Q(business__isnull=False),
                name="fairs_one_application_per_business",
                violation_error_message=_("This business has already applied for this fair."),
            ),
        ]

    def __str__(self):
        return f"{self.reference}: {self.name}"

    @property
    def reference(self) -> str:
        """The number an applicant quotes when they call or write ("S-17")."""
        return f"S-{self.pk}"

    @property
    def page(self):
        return self.association or self.business

    @property
    def name(self) -> str:
        """The exhibitor's name for staff: the page's title, else the name given."""
        return self.page.title if self.page is not None else self.organisation_name

    def public_name(self) -> str:
        """The name public output shows: a page's title only while that page is public."""
        page = self.page
        if page is not None and is_listable(page):
            return page.title
        return self.organisation_name

    def clean(self):
        super().clean()
        if self.status == self.Status.ACCEPTED and not self.stand_number.strip():
            raise ValidationError(
                {"stand_number": _("Give an accepted exhibitor a stand number.")}
            )

    def exhibitor(self) -> Exhibitor:
        page = self.page
        public_page = page if page is not None and is_listable(page) else None
        category = ""
        if self.association_id:
            category = str(self.association.get_category_display())
        return Exhibitor(
            id=self.pk,
            kind=self.kind,
            name=self.public_name(),
            stand_number=self.stand_number,
            description=self.description,
            offer=self.offer,
            category=category,
            page=public_page,
        )
