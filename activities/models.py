"""Activities ("aktiviteter"): one-off or recurring, expanded into stored occurrences."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api.conf import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import page_cache
from core.blocks import BodyStreamBlock
from core.metadata import full_image_url, government_organization, postal_address, with_context
from core.models import ContentPage, ImageAltMixin, IndexPage
from core.pagination import PAGE_PARAM, paginate
from core.querysets import is_listable, listable_related_q

from . import recurrence
from .filters import ActivityFilterForm

#: Fields whose change means the stored occurrences must be rebuilt.
SCHEDULE_FIELDS = {"start", "end", "all_day", "recurrence", "recurrence_until"}


class ActivityIndexPage(IndexPage):
    """The municipal activity calendar ("Aktiviteter")."""

    subpage_types = ["activities.ActivityPage"]

    class Meta:
        verbose_name = _("activity calendar")
        verbose_name_plural = _("activity calendars")

    def get_occurrences(self, now=None):
        """Upcoming dates of every public activity in this calendar's language.

        Association activities live outside the calendar in the tree but belong in it, so this
        selects by page type and locale rather than by parent.
        """
        return Occurrence.objects.upcoming(now).filter(activity__locale_id=self.locale_id)

    def get_query_params(self) -> tuple[str, ...]:
        return (*ActivityFilterForm.base_fields, PAGE_PARAM)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ActivityFilterForm(
            request.GET or None, activities=ActivityPage.objects.all(), locale=self.locale
        )
        if form.is_bound and form.errors:
            page_cache.dont_store(request)  # the invalid filters are ignored, not cached
        occurrences = form.filter_occurrences(self.get_occurrences())
        context["filter_form"] = form
        context["occurrences"] = paginate(request, occurrences, capped=True)
        return context


class ActivityPage(ContentPage):
    """An activity or event, organised by the municipality or by an association."""

    class Recurrence(models.TextChoices):
        NONE = "", _("Does not repeat")
        WEEKLY = recurrence.WEEKLY, _("Every week")
        BIWEEKLY = recurrence.BIWEEKLY, _("Every other week")
        MONTHLY = recurrence.MONTHLY, _("Every month (same weekday, e.g. first Tuesday)")

    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("More about the activity: what happens and what to bring."),
    )
    start = models.DateTimeField(_("starts"), help_text=_("Date and time of the (first) start."))
    end = models.DateTimeField(
        _("ends"), help_text=_("Date and time of the (first) end. Must be after the start.")
    )
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Tick when the activity lasts whole days; the times are then ignored."),
    )
    recurrence = models.CharField(
        _("repeats"),
        max_length=10,
        choices=Recurrence.choices,
        blank=True,
        default="",
        help_text=_("Repeat the activity at the same time of day."),
    )
    recurrence_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("Required for recurring activities."),
    )

    facility = models.ForeignKey(
        "facilities.FacilityPage",
        verbose_name=_("facility"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        help_text=_("Choose the municipal facility where it takes place, if any."),
    )
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("When the activity is not at a facility."),
    )
    organiser = models.ForeignKey(
        "associations.AssociationPage",
        verbose_name=_("organising association"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_activities",
        help_text=_("Filled in automatically for activities under an association."),
    )
    department = models.CharField(
        _("municipal organiser"),
        max_length=120,
        blank=True,
        help_text=_("The department, when no association organises it."),
    )
    audiences = ParentalManyToManyField(
        "core.Audience",
        blank=True,
        verbose_name=_("audiences"),
        help_text=_("Who the activity is for."),
    )
    is_free = models.BooleanField(
        _("free"), default=True, help_text=_("Tick when it costs nothing to take part.")
    )
    price_text = models.CharField(
        _("price"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 50 kr. for adults, free for children."),
    )
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Where to sign up, if sign-up is needed.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("The last time to sign up.")
    )
    capacity_note = models.CharField(
        _("places"), max_length=200, blank=True, help_text=_("E.g. Max 20 participants.")
    )
    accessibility_info = models.TextField(
        _("accessibility"),
        blank=True,
        max_length=500,
        help_text=_("Step-free access, accessible toilet, hearing loop, …"),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("recurrence"), FieldPanel("recurrence_until")]),
                InlinePanel("excluded_dates", label=_("Dates without the activity")),
            ],
            heading=_("Time"),
        ),
        MultiFieldPanel([FieldPanel("facility"), FieldPanel("address")], heading=_("Place")),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("department")], heading=_("Organiser")
        ),
        FieldPanel("audiences"),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("price_text"),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldPanel("capacity_note"),
            ],
            heading=_("Price and registration"),
        ),
        FieldPanel("accessibility_info"),
        FieldPanel("body"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.SearchField("address"),
        index.SearchField("department"),
        index.RelatedFields("organiser", [index.SearchField("title")]),
        index.RelatedFields("facility", [index.SearchField("title")]),
        index.FilterField("start"),
        index.FilterField("is_free"),
        index.FilterField("organiser"),
        index.FilterField("facility"),
    ]

    # Writable fields let an association's integration create draft activities through
    # POST /api/v3/pages/; the page form's validation (clean hooks) still applies.
    api_fields = [
        APIField("summary", writable=True),
        "image",
        "body",
        *(
            APIField(name, writable=True)
            for name in (
                "start",
                "end",
                "all_day",
                "recurrence",
                "recurrence_until",
                "address",
                "department",
                "is_free",
                "price_text",
                "registration_url",
                "registration_deadline",
                "capacity_note",
                "accessibility_info",
            )
        ),
        "excluded_dates",
        "facility",
        "organiser",
        "audiences",
    ]

    parent_page_types = ["activities.ActivityIndexPage", "associations.AssociationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        # Listings order by (start, pk) and show twenty: with this index PostgreSQL reads the
        # first twenty in order instead of sorting every activity (docs/benchmarks.md).
        indexes = [models.Index(fields=["start", "page_ptr"], name="activity_start_idx")]

    # Validation ---------------------------------------------------------------------------

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_schedule, self.clean_place]

    def clean_schedule(self) -> dict:
        errors = {}
        if self.start and self.end and self.end <= self.start and not self.all_day:
            errors["end"] = _("The end must be after the start.")
        if (
            self.start
            and self.end
            and self.all_day
            and timezone.localtime(self.end, self.tz).date()
            < timezone.localtime(self.start, self.tz).date()
        ):
            errors["end"] = _("The end must be after the start.")
        if self.recurrence:
            if not self.recurrence_until:
                errors["recurrence_until"] = _(
                    "A recurring activity needs a date the recurrence ends."
                )
            elif self.start and self.recurrence_until < self.local_start.date():
                errors["recurrence_until"] = _("The recurrence must end after the first date.")
            elif not errors and self.start and self.end:
                try:
                    self.expand()
                except recurrence.TooManyOccurrences:
                    errors["recurrence_until"] = _(
                        "The recurrence creates too many dates. Choose an earlier end date."
                    )
        return errors

    def clean_place(self) -> dict:
        if not self.facility_id and not self.address.strip():
            return {"address": _("Choose a facility or enter an address.")}
        return {}

    # Occurrences --------------------------------------------------------------------------

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(settings.TIME_ZONE)

    @property
    def local_start(self) -> dt.datetime:
        return timezone.localtime(self.start, self.tz)

    def _span(self) -> tuple[dt.datetime, dt.datetime]:
        """Start and end; an all-day activity spans whole local days."""
        if not self.all_day:
            return self.start, self.end
        first = timezone.localtime(self.start, self.tz).date()
        last = timezone.localtime(self.end, self.tz).date()
        start = dt.datetime.combine(first, dt.time.min, tzinfo=self.tz)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=self.tz)
        return start, end

    def expand(self) -> list[tuple[dt.datetime, dt.datetime]]:
        start, end = self._span()
        return recurrence.expand(
            start,
            end,
            rule=self.recurrence,
            until=self.recurrence_until,
            excluded=[row.date for row in self.excluded_dates.all()],
            tz=self.tz,
            limit=settings.ACTIVITY_MAX_OCCURRENCES,
        )

    def sync_occurrences(self) -> None:
        """Replace the stored occurrences with a fresh expansion of this activity."""
        try:
            spans = self.expand()
        except (ValueError, recurrence.TooManyOccurrences):
            # Invalid schedules never pass the form; data saved around it keeps one date.
            spans = [self._span()]
        with transaction.atomic():
            self.occurrences.all().delete()
            Occurrence.objects.bulk_create(
                Occurrence(activity=self, start=start, end=end) for start, end in spans
            )

    def save(self, *args, **kwargs):
        # An activity placed under an association is organised by it unless said otherwise.
        if not self.organiser_id and self.path:
            parent = self.get_parent()
            if (
                parent is not None
                and parent.specific_class._meta.label == "associations.AssociationPage"
            ):
                self.organiser_id = parent.pk
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or SCHEDULE_FIELDS & set(update_fields):
            self.sync_occurrences()

    def next_occurrence(self, now=None):
        now = now or timezone.now()
        return self.occurrences.filter(end__gt=now).order_by("start").first()

    def upcoming_occurrences(self, limit=10, now=None) -> list:
        """The next ``limit`` dates that have not ended yet (``None``: all of them)."""
        now = now or timezone.now()
        dates = self.occurrences.filter(end__gt=now).order_by("start")
        return list(dates if limit is None else dates[:limit])

    #: The page shows this many dates, and "Se alle datoer" when there are more.
    DATES_SHOWN = 10
    ALL_DATES_PARAM = "datoer"
    query_params = (ALL_DATES_PARAM,)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        show_all = request.GET.get(self.ALL_DATES_PARAM) == "alle"
        # One more than shown tells whether there are more, without counting them all.
        dates = self.upcoming_occurrences(limit=None if show_all else self.DATES_SHOWN + 1)
        context["dates"] = dates if show_all else dates[: self.DATES_SHOWN]
        context["more_dates"] = not show_all and len(dates) > self.DATES_SHOWN
        context["all_dates_query"] = f"?{self.ALL_DATES_PARAM}=alle"
        return context

    #: Dates in the page's JSON-LD: one schema.org Event per coming occurrence.
    JSON_LD_OCCURRENCES = 10

    def json_ld_location(self) -> dict:
        """The schema.org ``Place``: the facility as the page shows it, else the address."""
        if self.facility is not None:
            facility = self.facility.specific
            return {
                "@type": "Place",
                "name": facility.title,
                "address": postal_address(facility.address, facility.postcode, facility.city),
            }
        return {"@type": "Place", "name": self.address, "address": self.address}

    def json_ld_organizer(self, request) -> dict:
        """Who organises it, as the page shows it: the association, a department, or the
        municipality; an association page a visitor cannot open is named without a link."""
        if self.organiser is not None:
            organizer = {"@type": "Organization", "name": self.organiser.title}
            if is_listable(self.organiser):
                organizer["url"] = self.organiser.get_full_url(request)
            return organizer
        if self.department:
            return {"@type": "Organization", "name": self.department}
        return government_organization(request, self)

    def json_ld(self, request) -> list[dict]:
        """A schema.org ``Event`` per coming date (the first date once they are all past)."""
        common = {
            "@type": "Event",
            "name": self.title,
            "description": self.meta_description(),
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": self.json_ld_location(),
            "organizer": self.json_ld_organizer(request),
            "isAccessibleForFree": self.is_free,
        }
        if self.image_id:
            common["image"] = [full_image_url(self.image)]
        spans = [
            (occurrence.start, occurrence.end)
            for occurrence in self.upcoming_occurrences(self.JSON_LD_OCCURRENCES)
        ] or [(self.start, self.end)]
        return [with_context({**common, **self._json_ld_dates(*span)}) for span in spans]

    def _json_ld_dates(self, start: dt.datetime, end: dt.datetime) -> dict:
        if self.all_day:
            last = timezone.localtime(end - dt.timedelta(microseconds=1), self.tz).date()
            return {
                "startDate": timezone.localtime(start, self.tz).date().isoformat(),
                "endDate": last.isoformat(),
            }
        return {
            "startDate": timezone.localtime(start, self.tz).isoformat(),
            "endDate": timezone.localtime(end, self.tz).isoformat(),
        }


class ActivityExcludedDate(Orderable):
    """A date on which a recurring activity does not take place (e.g. a holiday)."""

    activity = ParentalKey(ActivityPage, related_name="excluded_dates", on_delete=models.CASCADE)
    date = models.DateField(
        _("date"), help_text=_("A date the activity does not take place, e.g. a public holiday.")
    )

    api_fields = ["date"]
    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("date without the activity")


class OccurrenceQuerySet(models.QuerySet):
    def public(self, now=None):
        """Occurrences of activities that any public output may show (``listable()``).

        As conditions on the joined activity page, so PostgreSQL walks the occurrences by
        date and checks each one's page (see ``core.querysets.listable_related_q``).
        """
        return self.filter(listable_related_q(ActivityPage, "activity", now))

    def between(self, start: dt.datetime, end: dt.datetime):
        """Occurrences overlapping the half-open range [start, end)."""
        return self.filter(start__lt=end, end__gt=start)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.public(now).filter(end__gt=now).select_related("activity").order_by("start")


class Occurrence(models.Model):
    """One concrete date of an activity; rebuilt whenever the activity is saved."""

    activity = models.ForeignKey(
        ActivityPage, on_delete=models.CASCADE, related_name="occurrences"
    )
    # No index on start alone: (start, end) below serves every order or range by start, and
    # checks "end" inside the index, so dates that have ended cost no table reads. With both,
    # PostgreSQL took the smaller start index once the pair had grown with rebuilt dates, and
    # read each ended date's row (make bench at 100 000 pages: 4 of a cold feed's 6 ms).
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), db_index=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        ordering = ["start"]
        indexes = [models.Index(fields=["start", "end"])]

    def __str__(self):
        return f"{self.activity.title} {timezone.localtime(self.start):%d.%m.%Y %H:%M}"

    @property
    def first_day(self) -> dt.date:
        return timezone.localtime(self.start).date()

    @property
    def last_day(self) -> dt.date:
        """The local date of the last moment; an all-day occurrence ends at the next midnight."""
        return timezone.localtime(self.end - dt.timedelta(microseconds=1)).date()
