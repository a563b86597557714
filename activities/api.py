"""``/api/v3/activities/occurrences/``: the activity calendar as dated occurrences.

A recurring activity is stored once as a page and expanded into ``Occurrence`` rows when it
is saved; this endpoint lists those rows for a range of local days, each with what a
calendar needs to show about its activity.
"""

import datetime as dt
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, Prefetch
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import field_validator, model_validator
from wagtail.api.v2.utils import get_full_url
from wagtail.models import Locale

from associations.models import AssociationPage
from core.api.errors import PROBLEM_RESPONSES, invalid_query
from core.api.images import PageImageSchema, image_renditions, prefetch_image
from core.api.listings import (
    CardSchema,
    Listing,
    PageRefSchema,
    TermSchema,
    add_listing,
    annotate_public,
    base_card,
    page_ref,
    terms,
)
from core.api.pagination import CappedLimitOffsetPagination
from core.models import Audience
from core.querysets import listable_related_q
from facilities.models import FacilityPage

from .models import ActivityPage, Occurrence

router = Router(tags=["activities"])

#: The longest range one request may ask for, in days (a leap year).
MAX_RANGE_DAYS = 366
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class OccurrenceFilters(Schema):
    """Query parameters: a range of local days plus optional filters (ids are "any of")."""

    date_from: dt.date = Field(
        ..., alias="from", description="First day (YYYY-MM-DD, Europe/Copenhagen)."
    )
    date_to: dt.date = Field(
        ..., alias="to", description="Last day, inclusive (YYYY-MM-DD). At most 366 days."
    )
    audience: list[int] = Field([], description="Audience snippet ids.")
    organiser: list[int] = Field([], description="Association page ids.")
    facility: list[int] = Field([], description="Facility page ids.")
    free: bool | None = Field(None, description="Only free (true) or paid (false) activities.")
    locale: str | None = Field(None, description="Language code of the activities, e.g. da.")

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def require_iso_date(cls, value):
        # Pydantic also accepts Unix timestamps; a calendar query must be a plain date.
        if isinstance(value, str) and not _ISO_DATE.match(value):
            raise ValueError("Use the format YYYY-MM-DD.")
        return value

    @model_validator(mode="after")
    def check_range(self):
        if self.date_from > self.date_to:
            raise ValueError("'from' must be on or before 'to'.")
        if (self.date_to - self.date_from).days + 1 > MAX_RANGE_DAYS:
            raise ValueError(f"The range may span at most {MAX_RANGE_DAYS} days.")
        return self

    def local_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The half-open range [first day 00:00, day after the last day 00:00) in local time."""
        tz = ZoneInfo(settings.TIME_ZONE)
        # Kept a day inside the calendar's ends: 0001-01-01 00:00 local is before year 1 in
        # UTC, and the day after 9999-12-31 does not exist (both were 500s). No occurrence
        # is ever stored that near either end.
        first = max(self.date_from, dt.date.min + dt.timedelta(days=1))
        after_last = min(self.date_to, dt.date.max - dt.timedelta(days=1)) + dt.timedelta(days=1)
        start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
        end = dt.datetime.combine(after_last, dt.time.min, tzinfo=tz)
        return start, end


class PlaceSchema(Schema):
    """Where an occurrence takes place: a public facility or a free-text address."""

    name: str
    address: str
    facility_id: int | None


class AudienceRefSchema(Schema):
    id: int
    name: str
    slug: str


class OrganiserSchema(Schema):
    """An association (with its page id) or a municipal department (``id`` is null)."""

    id: int | None
    name: str


class OccurrenceActivitySchema(Schema):
    id: int
    title: str
    summary: str
    url: str | None
    detail_url: str
    location: PlaceSchema
    image: PageImageSchema | None
    organiser: OrganiserSchema | None
    audiences: list[AudienceRefSchema]
    is_free: bool
    price_text: str
    registration_url: str


class OccurrenceSchema(Schema):
    """One dated occurrence of an activity; times are local with their UTC offset."""

    start: dt.datetime
    end: dt.datetime
    all_day: bool
    activity: OccurrenceActivitySchema

    @staticmethod
    def resolve_start(obj: Occurrence) -> dt.datetime:
        return timezone.localtime(obj.start)

    @staticmethod
    def resolve_end(obj: Occurrence) -> dt.datetime:
        return timezone.localtime(obj.end)

    @staticmethod
    def resolve_all_day(obj: Occurrence) -> bool:
        return obj.activity.all_day

    @staticmethod
    def resolve_activity(obj: Occurrence, context: dict) -> dict:
        return serialize_activity(obj, context["request"])


def serialize_activity(occurrence: Occurrence, request: HttpRequest) -> dict:
    activity = occurrence.activity
    if occurrence.facility_public:
        facility = activity.facility
        location = {
            "name": facility.title,
            "address": facility.full_address,
            "facility_id": facility.pk,
        }
    else:
        location = {"name": "", "address": activity.address, "facility_id": None}
    if occurrence.organiser_public:
        organiser = {"id": activity.organiser_id, "name": activity.organiser.title}
    elif activity.department:
        organiser = {"id": None, "name": activity.department}
    else:
        organiser = None
    path = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": activity.pk})
    return {
        "id": activity.pk,
        "title": activity.title,
        "summary": activity.summary,
        "url": activity.get_full_url(request),
        "detail_url": get_full_url(request, path),
        "location": location,
        "image": image_renditions(activity.image, activity.image_alt),
        "organiser": organiser,
        "audiences": list(activity.audiences.all()),
        "is_free": activity.is_free,
        "price_text": activity.price_text,
        "registration_url": activity.registration_url,
    }


def _listable_related(path: str, model, now) -> ExpressionWrapper:
    """True when the related page at ``path`` is listable; NULL (none) counts as not."""
    return ExpressionWrapper(listable_related_q(model, path, now), output_field=BooleanField())


def _check_known(param: str, requested: list[int], found) -> None:
    unknown = sorted(set(requested) - set(found))
    if unknown:
        ids = ", ".join(str(pk) for pk in unknown)
        raise invalid_query(param, f"Unknown {param} id: {ids}.")


def filter_occurrences(filters: OccurrenceFilters):
    """Public occurrences in the requested range, filtered and ready to serialise."""
    now = timezone.now()
    start, end = filters.local_bounds()
    queryset = Occurrence.objects.public(now).between(start, end)

    if filters.audience:
        found = Audience.objects.filter(pk__in=filters.audience).values_list("pk", flat=True)
        _check_known("audience", filters.audience, found)
        # A subquery, not a join, so an activity for two chosen audiences appears once.
        queryset = queryset.filter(
            activity__in=ActivityPage.objects.filter(audiences__in=filters.audience).values("pk")
        )
    if filters.organiser:
        found = (
            AssociationPage.objects.listable(now)
            .filter(pk__in=filters.organiser)
            .values_list("pk", flat=True)
        )
        _check_known("organiser", filters.organiser, found)
        queryset = queryset.filter(activity__organiser__in=filters.organiser)
    if filters.facility:
        found = (
            FacilityPage.objects.listable(now)
            .filter(pk__in=filters.facility)
            .values_list("pk", flat=True)
        )
        _check_known("facility", filters.facility, found)
        queryset = queryset.filter(activity__facility__in=filters.facility)
    if filters.free is not None:
        queryset = queryset.filter(activity__is_free=filters.free)
    if filters.locale:
        if not Locale.objects.filter(language_code=filters.locale).exists():
            raise invalid_query("locale", f"Unknown locale: {filters.locale}.")
        queryset = queryset.filter(activity__locale__language_code=filters.locale)

    return (
        queryset.annotate(
            facility_public=_listable_related("activity__facility", FacilityPage, now),
            organiser_public=_listable_related("activity__organiser", AssociationPage, now),
        )
        .select_related(
            "activity", "activity__locale", "activity__facility", "activity__organiser"
        )
        .prefetch_related(
            prefetch_image("activity__image"),
            Prefetch("activity__audiences", queryset=Audience.objects.order_by("sort_order")),
        )
        .order_by("start", "end", "pk")
    )


@router.get(
    "/occurrences/",
    response={200: list[OccurrenceSchema], **PROBLEM_RESPONSES},
    url_name="activity_occurrences",
    summary="Activity occurrences in a date range",
    operation_id="activities_occurrences",
    description=(
        "Every public occurrence overlapping the local days `from`..`to` (inclusive), "
        "sorted by start. Recurring activities appear once per date. Filters combine with "
        "AND; repeated values of one filter mean any of them. `count` is exact up to "
        "1000 matches (`count_exact: true`), a lower bound past that."
    ),
)
@paginate(CappedLimitOffsetPagination)
def list_occurrences(request: HttpRequest, filters: Query[OccurrenceFilters], **kwargs):
    return filter_occurrences(filters)


class ActivityCardSchema(CardSchema):
    start: dt.datetime | None = Field(None, description="The (first) start, local time.")
    end: dt.datetime | None = Field(None, description="The (first) end, local time.")
    all_day: bool = False
    recurrence: str = Field("", description="'' (once), weekly, biweekly or monthly.")
    recurrence_until: dt.date | None = None
    address: str = Field("", description="Where it is when not at a facility.")
    facility: PageRefSchema | None = None
    organiser: PageRefSchema | None = Field(None, description="The organising association.")
    department: str = Field("", description="The municipal organiser, if no association.")
    audiences: list[TermSchema] = []
    is_free: bool = True
    price_text: str = ""
    registration_url: str = ""


def activity_card(page: ActivityPage, request: HttpRequest) -> dict:
    return {
        **base_card(page, request),
        "start": page.start,
        "end": page.end,
        "all_day": page.all_day,
        "recurrence": page.recurrence,
        "recurrence_until": page.recurrence_until,
        "address": page.address,
        "facility": page_ref(request, page.facility, page.facility_public),
        "organiser": page_ref(request, page.organiser, page.organiser_public),
        "department": page.department,
        "audiences": terms(page.audiences),
        "is_free": page.is_free,
        "price_text": page.price_text,
        "registration_url": page.registration_url,
    }


listing = Listing(
    model=ActivityPage,
    schema=ActivityCardSchema,
    card=activity_card,
    default_order=("start", "pk"),
    select_related=("facility", "organiser"),
    prefetch_related=(
        Prefetch("audiences", queryset=Audience.objects.order_by("sort_order", "name")),
    ),
    annotate=lambda queryset: annotate_public(
        queryset, facility=FacilityPage, organiser=AssociationPage
    ),
    description=(
        "Public activities with what a card shows, by (first) start. One item per activity; "
        "`/activities/occurrences/` has one per date. Filters: every field of the page "
        "listing (`audiences`, `organiser`, `facility`, `is_free`, …), `locale`, `child_of`, "
        "`descendant_of`, `search`; `order=` any of them."
    ),
)

add_listing(router, "/", listing, name="activities_list", summary="Activities as cards")
