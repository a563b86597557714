"""The public activity calendar's filters: a plain GET form, so it works without JavaScript.

The same filters select the activities of the iCalendar feed, so "subscribe to this
selection" gives exactly what the calendar page shows.

The calendar page builds this form, so the form does not import ``activities.models``:
it is given the activities it filters.
"""

import datetime as dt
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from associations.models import AssociationPage
from core import cache_versions, page_cache
from core.models import Audience
from core.querysets import listable
from facilities.models import FacilityPage

#: The longest chosen range the calendar shows (a leap year), as in the API.
MAX_RANGE_DAYS = 366

TODAY, WEEK, MONTH, RANGE = "today", "week", "month", "range"
#: The filters on the activity itself (the rest choose dates); the iCalendar feed takes these.
ACTIVITY_FILTERS = ("audience", "organiser", "facility", "free")


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=ZoneInfo(settings.TIME_ZONE))


def period_bounds(period: str, today: dt.date, date_from=None, date_to=None):
    """``(start, end)`` aware datetimes of a period, or ``None`` for "everything upcoming".

    "This week" and "this month" run from today to the end of the week (Sunday) or month, as
    a reader means it: what is still ahead this week.
    """
    if period == TODAY:
        first, last = today, today
    elif period == WEEK:
        first, last = today, today + dt.timedelta(days=6 - today.weekday())
    elif period == MONTH:
        next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        first, last = today, next_month - dt.timedelta(days=1)
    elif period == RANGE or date_from or date_to:
        first = date_from or today
        last = date_to or first + dt.timedelta(days=MAX_RANGE_DAYS - 1)
    else:
        return None
    return _local_midnight(first), _local_midnight(last + dt.timedelta(days=1))


def _choices(activities, locale) -> tuple[list, list]:
    # Only organisers and places that have public activities: no empty results to pick.
    activities = listable(activities).filter(locale=locale)
    organisers = (
        AssociationPage.objects.listable()
        .filter(pk__in=activities.values("organiser_id"))
        .order_by("title")
        .values_list("pk", "title")
    )
    facilities = (
        FacilityPage.objects.listable()
        .filter(pk__in=activities.values("facility_id"))
        .order_by("title")
        .values_list("pk", "title")
    )
    return list(organisers), list(facilities)


def place_and_organiser_choices(activities, locale) -> tuple[list, list]:
    """``(organisers, facilities)`` as ``(pk, title)`` lists: the public pages that organise or
    host a public activity in ``locale``.

    Finding them reads every listable activity (1.5 s of the calendar page's 3.5 s at 100 000
    pages, make bench), so the answer for all of a type's activities is cached like a page:
    under the ``pages`` content version (any publish, unpublish, move or delete starts
    afresh) and never past the next moment the clock changes what is listable
    (``core.page_cache.lifetime``). A narrowed queryset is computed every time.
    """
    if activities.query.where:
        return _choices(activities, locale)
    version = cache_versions.current(cache_versions.PAGES)
    key = f"activities:filter-choices:{version}:{activities.model._meta.label_lower}:{locale.pk}"
    found = cache.get(key)
    if found is not None:
        return found
    found = _choices(activities, locale)
    seconds = page_cache.lifetime()
    if seconds > 0:
        cache.set(key, found, seconds)
    return found


class ActivityFilterForm(forms.Form):
    """Period plus audience, organiser, facility and "free only"; every field optional."""

    period = forms.ChoiceField(
        label=_("When"),
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("", _("All upcoming")),
            (TODAY, _("Today")),
            (WEEK, _("This week")),
            (MONTH, _("This month")),
            (RANGE, _("Choose dates")),
        ],
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    audience = forms.TypedChoiceField(label=_("For"), required=False, coerce=int)
    organiser = forms.TypedChoiceField(label=_("Organiser"), required=False, coerce=int)
    facility = forms.TypedChoiceField(label=_("Place"), required=False, coerce=int)
    free = forms.BooleanField(label=_("Only free activities"), required=False)

    #: True when both dates were valid but the range was not (end before start, over a year):
    #: then nothing is listed, so the visitor sees the error instead of every date.
    range_refused = False

    def __init__(self, data=None, *, activities, locale: Locale | None = None, **kwargs):
        """``activities``: the ``ActivityPage`` queryset the choices come from and that
        :meth:`filter_occurrences` narrows; only its public pages in ``locale`` count."""
        super().__init__(data, **kwargs)
        self.activities = activities
        locale = locale or Locale.get_active()
        # Not "Alle": the demo's audiences have an "Alle" of their own (for everyone).
        everyone = [("", _("All audiences"))]
        self.fields["audience"].choices = everyone + [
            (a.pk, a.name) for a in Audience.objects.filter(locale=locale)
        ]
        organisers, facilities = place_and_organiser_choices(activities, locale)
        self.fields["organiser"].choices = [("", _("All organisers")), *organisers]
        self.fields["facility"].choices = [("", _("All places")), *facilities]

    def clean(self):
        data = super().clean()
        first, last = data.get("date_from"), data.get("date_to")
        if first and last:
            if last < first:
                self.range_refused = True
                self.add_error("date_to", _("The end date must be on or after the start date."))
            elif (last - first).days + 1 > MAX_RANGE_DAYS:
                self.range_refused = True
                self.add_error("date_to", _("Choose at most a year at a time."))
        return data

    @property
    def values(self) -> dict:
        """The valid filters; an invalid field is ignored rather than failing the page."""
        if not self.is_bound:
            return {}
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", False)}

    def bounds(self, now=None):
        values = self.values
        if "date_to" not in values and self.errors.get("date_to"):
            values.pop("date_from", None)
        today = timezone.localdate(now)
        return period_bounds(
            values.get("period", ""), today, values.get("date_from"), values.get("date_to")
        )

    def filter_activities(self, activities):
        """Narrow an ``ActivityPage`` queryset by audience, organiser, facility and price."""
        values = self.values
        if "audience" in values:
            activities = activities.filter(audiences=values["audience"])
        if "organiser" in values:
            activities = activities.filter(organiser_id=values["organiser"])
        if "facility" in values:
            activities = activities.filter(facility_id=values["facility"])
        if values.get("free"):
            activities = activities.filter(is_free=True)
        return activities

    def filter_occurrences(self, occurrences, now=None):
        """Narrow an ``Occurrence`` queryset by the period and the activity filters."""
        bounds = self.bounds(now)
        if self.range_refused:
            return occurrences.none()
        if bounds is not None:
            occurrences = occurrences.between(*bounds)
        if any(name in self.values for name in ACTIVITY_FILTERS):
            chosen = self.filter_activities(self.activities)
            occurrences = occurrences.filter(activity__in=chosen.values("pk"))
        return occurrences

    @property
    def feed_query(self) -> str:
        """``?audience=…`` for the iCalendar feed of the same selection (no period)."""
        keep = {
            k: ("on" if k == "free" else v)
            for k, v in self.values.items()
            if k in ACTIVITY_FILTERS
        }
        return f"?{urlencode(keep)}" if keep else ""

    def is_filtered(self) -> bool:
        return bool(self.values)
