"""Renovation projects with phases, disruptions and a dated timeline of updates.

Updates are inline rows on the project page rather than child pages: they are short, are
always read in the context of their project's timeline, and an update usually changes the
project's expected end date or status at the same time. Keeping them on one page lets an
editor publish the new date and its explanation together, in one revision that goes through
moderation and scheduling as a whole, and keeps the page tree and search index free of
hundreds of tiny pages.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock
from core.models import ContentPage, EasyReadMixin, ImageAltMixin, IndexPage
from core.pagination import PAGE_PARAM, paginate_directory
from core.querysets import PublicPageQuerySet


def end_before_start(start, end) -> bool:
    return bool(start and end and end < start)


class RenovationIndexPage(IndexPage):
    subpage_types = ["renovations.RenovationProjectPage"]
    query_params = (PAGE_PARAM,)

    class Meta:
        verbose_name = _("renovation index")
        verbose_name_plural = _("renovation indexes")

    def get_projects(self):
        return RenovationProjectPage.objects.listable().descendant_of(self)

    def get_projects_in_order(self):
        """Current work first (``STATUS_DISPLAY_ORDER``), then by expected end."""
        rank = Case(
            *(When(status=status, then=Value(n)) for n, status in enumerate(STATUS_DISPLAY_ORDER)),
            default=Value(len(STATUS_DISPLAY_ORDER)),
        )
        return self.get_projects().order_by(rank, "expected_end", "title", "pk")

    @staticmethod
    def by_status(projects) -> list[tuple[str, str, list]]:
        """``(status, label, projects)`` groups of ``projects``, in their order, none empty."""
        groups: dict[str, tuple[str, str, list]] = {}
        for project in projects:
            status = Status(project.status)
            groups.setdefault(status.value, (status.value, status.label, []))[2].append(project)
        return list(groups.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = paginate_directory(request, f"renovations:{self.pk}", self.get_projects_in_order())
        context["projects"] = shown
        context["status_groups"] = self.by_status(shown.object_list)
        return context


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    PAUSED = "paused", _("Paused")
    COMPLETED = "completed", _("Completed")


#: Order of the status groups on the index page: what affects citizens now comes first.
STATUS_DISPLAY_ORDER = [Status.IN_PROGRESS, Status.PAUSED, Status.PLANNED, Status.COMPLETED]


class RenovationQuerySet(PublicPageQuerySet):
    def current(self, now=None):
        """Public projects under way or paused, the ones ending soonest first."""
        return (
            self.listable(now)
            .filter(status__in=[Status.IN_PROGRESS, Status.PAUSED])
            .order_by("expected_end", "pk")
        )


class RenovationProjectPage(EasyReadMixin, ContentPage):
    """A building renovation with planned against expected dates shown side by side."""

    Status = Status

    building = models.CharField(
        _("building"),
        max_length=150,
        help_text=_("The building's name, e.g. Pilegårdsskolen, idrætshallen."),
    )
    address = models.CharField(
        _("address"), max_length=200, help_text=_("Street address of the building.")
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PLANNED,
        help_text=_("Where the project stands now."),
    )
    planned_start = models.DateField(
        _("planned start"), help_text=_("The start date in the original plan.")
    )
    planned_end = models.DateField(
        _("planned end"),
        help_text=_("The end date in the original plan. Keep it when the plan changes."),
    )
    expected_end = models.DateField(
        _("expected end now"),
        help_text=_("Update when the plan changes, and explain why in an update."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Why the building is renovated and what is done."),
    )
    contact = models.ForeignKey(
        "core.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who citizens can contact about the works."),
    )

    objects = PageManager.from_queryset(RenovationQuerySet)()

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        MultiFieldPanel(
            [FieldPanel("building"), FieldPanel("address"), FieldPanel("status")],
            heading=_("Building"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_start"), FieldPanel("planned_end")]),
                FieldPanel("expected_end"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("description"),
        FieldPanel("contact"),
        # heading names the section, label one item: the button reads "Tilføj fase".
        InlinePanel("phases", heading=_("Phases"), label=_("phase")),
        InlinePanel("disruptions", heading=_("Disruptions"), label=_("disruption")),
        InlinePanel("updates", label=_("Updates (timeline)")),
        *EasyReadMixin.easy_read_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("building"),
        index.SearchField("address"),
        index.SearchField("description"),
        index.RelatedFields("updates", [index.SearchField("title"), index.SearchField("text")]),
        index.FilterField("status"),
        *EasyReadMixin.easy_read_search_fields,
    ]

    api_fields = [
        *ContentPage.api_fields,
        "building",
        "address",
        "status",
        "planned_start",
        "planned_end",
        "expected_end",
        "delay_days",
        "description",
        "contact",
        "phases",
        "disruptions",
        "updates",
        *EasyReadMixin.easy_read_api_fields,
    ]

    parent_page_types = ["renovations.RenovationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("renovation project")
        verbose_name_plural = _("renovation projects")
        indexes = [
            # Current projects, ending soonest first (front page, screens); make bench:
            # 65–125 ms at 100 000 pages without it.
            models.Index(fields=["expected_end", "page_ptr"], name="renovation_expected_end_idx"),
        ]

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_dates]

    def clean_dates(self) -> dict:
        errors = {}
        if end_before_start(self.planned_start, self.planned_end):
            errors["planned_end"] = _("The planned end must be after the planned start.")
        if end_before_start(self.planned_start, self.expected_end):
            errors["expected_end"] = _("The expected end must be after the planned start.")
        return errors

    @property
    def delay_days(self) -> int:
        """Days the expected end lies after the planned end (negative when early)."""
        return (self.expected_end - self.planned_end).days

    def current_disruptions(self, today=None):
        today = today or timezone.localdate()
        return [d for d in self.disruptions.all() if d.date_from <= today <= d.date_to]


class RenovationPhase(Orderable):
    class PhaseStatus(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    project = ParentalKey(RenovationProjectPage, related_name="phases", on_delete=models.CASCADE)
    name = models.CharField(
        _("name"), max_length=150, help_text=_("E.g. Demolition, New roof, Interior.")
    )
    planned_start = models.DateField(
        _("planned start"), help_text=_("When the phase is planned to start.")
    )
    planned_end = models.DateField(
        _("planned end"), help_text=_("When the phase is planned to end.")
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=PhaseStatus.choices,
        default=PhaseStatus.NOT_STARTED,
        help_text=_("How far the phase has come."),
    )

    api_fields = ["name", "planned_start", "planned_end", "status"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("planned_start"), FieldPanel("planned_end")]),
        FieldPanel("status"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def clean(self):
        super().clean()
        if end_before_start(self.planned_start, self.planned_end):
            raise ValidationError({"planned_end": _("The end must be after the start.")})


class RenovationDisruption(Orderable):
    """Noise, closures, parking or access changes caused by the works."""

    class Kind(models.TextChoices):
        NOISE = "noise", _("Noise")
        CLOSURE = "closure", _("Closure")
        PARKING = "parking", _("Parking")
        ACCESS = "access", _("Access")
        OTHER = "other", _("Other")

    project = ParentalKey(
        RenovationProjectPage, related_name="disruptions", on_delete=models.CASCADE
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        help_text=_("What kind of trouble citizens should expect."),
    )
    date_from = models.DateField(_("from"), help_text=_("The first day of the disruption."))
    date_to = models.DateField(_("to"), help_text=_("The last day of the disruption."))
    affected = models.CharField(
        _("who is affected"),
        max_length=200,
        help_text=_("E.g. Pupils and parents, neighbours on Pilegårdsvej."),
    )
    description = models.TextField(
        _("description"),
        max_length=500,
        blank=True,
        help_text=_("What happens and what to do instead."),
    )

    api_fields = ["kind", "date_from", "date_to", "affected", "description"]
    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("date_from"), FieldPanel("date_to")]),
        FieldPanel("affected"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("disruption")
        verbose_name_plural = _("disruptions")
        # The screens' next disruption to start walks these by date (screens.feed).
        indexes = [models.Index(fields=["date_from"], name="renovation_disruption_from_idx")]

    def clean(self):
        super().clean()
        if end_before_start(self.date_from, self.date_to):
            raise ValidationError({"date_to": _("The end must be after the start.")})


class RenovationUpdate(Orderable):
    """A dated entry in the project's timeline."""

    project = ParentalKey(RenovationProjectPage, related_name="updates", on_delete=models.CASCADE)
    date = models.DateField(_("date"), help_text=_("The date of the news in the timeline."))
    title = models.CharField(
        _("title"), max_length=150, help_text=_("A short heading for the update.")
    )
    text = RichTextField(
        _("text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What has happened. Explain any change of dates."),
    )
    images = StreamField(
        [("image", CaptionedImageBlock())],
        blank=True,
        verbose_name=_("images"),
        help_text=_("Optional photos from the works, each with alt text."),
    )

    api_fields = ["date", "title", "text", "images"]
    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("text"), FieldPanel("images")]

    class Meta(Orderable.Meta):
        verbose_name = _("update")
        verbose_name_plural = _("updates")
