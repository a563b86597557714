"""Stored occurrences: built on save, rebuilt on schedule changes, queried by date range."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from activities.factories import (
    ActivityExcludedDateFactory,
    ActivityPageFactory,
    local_datetime,
)
from activities.models import ActivityPage, Occurrence
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory

pytestmark = pytest.mark.django_db


def local_starts(activity) -> list[tuple[dt.date, dt.time]]:
    rows = Occurrence.objects.filter(activity=activity).order_by("start")
    return [(timezone.localtime(o.start).date(), timezone.localtime(o.start).time()) for o in rows]


def weekly_tuesday_evenings(calendar, **kwargs) -> ActivityPage:
    """Every Tuesday 19–21 from 3 March to 7 April 2026 (summer time starts 29 March)."""
    defaults = {
        "parent": calendar,
        "title": "Strikkeklub",
        "start": local_datetime(2026, 3, 3, 19),
        "end": local_datetime(2026, 3, 3, 21),
        "recurrence": ActivityPage.Recurrence.WEEKLY,
        "recurrence_until": dt.date(2026, 4, 7),
    }
    return ActivityPageFactory(**{**defaults, **kwargs})


# Building occurrences on save --------------------------------------------------------------


def test_one_off_activity_has_one_occurrence(calendar):
    activity = ActivityPageFactory(
        parent=calendar, start=local_datetime(2026, 5, 5, 10), end=local_datetime(2026, 5, 5, 12)
    )
    occurrence = activity.occurrences.get()
    assert (occurrence.start, occurrence.end) == (activity.start, activity.end)


def test_weekly_occurrences_stay_at_19_local_across_daylight_saving(calendar):
    activity = weekly_tuesday_evenings(calendar)
    assert local_starts(activity) == [
        (dt.date(2026, 3, day), dt.time(19)) for day in (3, 10, 17, 24, 31)
    ] + [(dt.date(2026, 4, 7), dt.time(19))]
    # Stored in UTC: one hour earlier after the change to summer time.
    utc_hours = [o.start.astimezone(dt.UTC).hour for o in activity.occurrences.order_by("start")]
    assert utc_hours == [18, 18, 18, 18, 17, 17]


def test_weekly_occurrences_stay_at_19_local_in_october(calendar):
    activity = weekly_tuesday_evenings(
        calendar,
        start=local_datetime(2026, 10, 20, 19),
        end=local_datetime(2026, 10, 20, 21),
        recurrence_until=dt.date(2026, 11, 3),
    )
    assert local_starts(activity) == [
        (dt.date(2026, 10, 20), dt.time(19)),
        (dt.date(2026, 10, 27), dt.time(19)),
        (dt.date(2026, 11, 3), dt.time(19)),
    ]


def test_biweekly_occurrences(calendar):
    activity = weekly_tuesday_evenings(calendar, recurrence=ActivityPage.Recurrence.BIWEEKLY)
    assert [day for day, _ in local_starts(activity)] == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 31),
    ]


def test_monthly_occurrences_on_the_same_weekday(calendar):
    activity = weekly_tuesday_evenings(
        calendar,
        recurrence=ActivityPage.Recurrence.MONTHLY,
        recurrence_until=dt.date(2026, 6, 30),
    )
    # First Tuesday of each month.
    assert [day for day, _ in local_starts(activity)] == [
        dt.date(2026, 3, 3),
        dt.date(2026, 4, 7),
        dt.date(2026, 5, 5),
        dt.date(2026, 6, 2),
    ]


def test_excluded_dates_have_no_occurrence(calendar):
    activity = weekly_tuesday_evenings(calendar)
    ActivityExcludedDateFactory(activity=activity, date=dt.date(2026, 3, 17))
    activity.refresh_from_db()
    activity.save()
    days = [day for day, _ in local_starts(activity)]
    assert dt.date(2026, 3, 17) not in days
    assert len(days) == 5


def test_all_day_activity_spans_whole_local_days(calendar):
    activity = ActivityPageFactory(
        parent=calendar,
        title="Loppemarked",
        all_day=True,
        start=local_datetime(2026, 3, 28, 10),
        end=local_datetime(2026, 3, 29, 16),
    )
    occurrence = activity.occurrences.get()
    assert timezone.localtime(occurrence.start) == local_datetime(2026, 3, 28)
    assert timezone.localtime(occurrence.end) == local_datetime(2026, 3, 30)
    assert occurrence.first_day == dt.date(2026, 3, 28)
    assert occurrence.last_day == dt.date(2026, 3, 29)
    # Two local days, one of them the 23-hour day summer time starts.
    assert occurrence.end - occurrence.start == dt.timedelta(hours=47)


def test_changing_the_schedule_rebuilds_occurrences(calendar):
    activity = weekly_tuesday_evenings(calendar)
    old_ids = set(activity.occurrences.values_list("pk", flat=True))

    activity.start = local_datetime(2026, 3, 3, 18)
    activity.end = local_datetime(2026, 3, 3, 20)
    activity.recurrence_until = dt.date(2026, 3, 17)
    activity.save()

    assert local_starts(activity) == [
        (dt.date(2026, 3, 3), dt.time(18)),
        (dt.date(2026, 3, 10), dt.time(18)),
        (dt.date(2026, 3, 17), dt.time(18)),
    ]
    assert not old_ids & set(activity.occurrences.values_list("pk", flat=True))


def test_stopping_the_recurrence_leaves_one_occurrence(calendar):
    activity = weekly_tuesday_evenings(calendar)
    activity.recurrence = ActivityPage.Recurrence.NONE
    activity.recurrence_until = None
    activity.save()
    assert local_starts(activity) == [(dt.date(2026, 3, 3), dt.time(19))]


def test_publishing_a_revision_rebuilds_occurrences(calendar):
    activity = weekly_tuesday_evenings(calendar)
    activity.recurrence_until = dt.date(2026, 3, 10)
    revision = activity.save_revision()
    # A draft revision does not change what the public sees.
    assert activity.occurrences.count() == 6
    revision.publish()
    assert [day for day, _ in local_starts(activity)] == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 10),
    ]


def test_occurrences_are_deleted_with_the_activity(calendar):
    activity = weekly_tuesday_evenings(calendar)
    other = ActivityPageFactory(parent=calendar)
    activity.delete()
    assert list(Occurrence.objects.values_list("activity_id", flat=True)) == [other.pk]


def test_occurrences_are_deleted_with_the_calendar_above(calendar):
    weekly_tuesday_evenings(calendar)
    calendar.delete()
    assert not Occurrence.objects.exists()


def test_unrelated_save_keeps_occurrences(calendar):
    activity = weekly_tuesday_evenings(calendar)
    ids = set(activity.occurrences.values_list("pk", flat=True))
    activity.title = "Strikkeklubben"
    activity.save(update_fields=["title"])
    assert set(activity.occurrences.values_list("pk", flat=True)) == ids


# Validation ---------------------------------------------------------------------------------


def field_errors(page) -> dict:
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


def unsaved_activity(calendar, **kwargs) -> ActivityPage:
    defaults = {
        "title": "Yoga i parken",
        "slug": "yoga-i-parken",
        "summary": "Blid yoga for alle.",
        "start": local_datetime(2026, 5, 5, 10),
        "end": local_datetime(2026, 5, 5, 11),
        "address": "Strandparken",
    }
    page = ActivityPage(**{**defaults, **kwargs})
    # full_clean validates the slug against siblings, so the page needs its place.
    page.depth = calendar.depth + 1
    page.path = calendar.path + "9999"
    return page


def test_valid_activity_passes_full_clean(calendar):
    unsaved_activity(calendar).full_clean()


def test_end_before_start_is_refused(calendar):
    errors = field_errors(unsaved_activity(calendar, end=local_datetime(2026, 5, 5, 9)))
    assert list(errors) == ["end"]


def test_end_equal_to_start_is_refused(calendar):
    errors = field_errors(unsaved_activity(calendar, end=local_datetime(2026, 5, 5, 10)))
    assert list(errors) == ["end"]


def test_all_day_activity_may_end_on_its_start_day(calendar):
    unsaved_activity(calendar, all_day=True, end=local_datetime(2026, 5, 5, 10)).full_clean()


def test_recurrence_needs_an_end_date(calendar):
    errors = field_errors(unsaved_activity(calendar, recurrence="weekly"))
    assert list(errors) == ["recurrence_until"]


def test_recurrence_must_end_after_the_first_date(calendar):
    errors = field_errors(
        unsaved_activity(calendar, recurrence="weekly", recurrence_until=dt.date(2026, 5, 4))
    )
    assert list(errors) == ["recurrence_until"]


def test_too_many_occurrences_is_a_validation_error(calendar, settings):
    settings.ACTIVITY_MAX_OCCURRENCES = 10
    page = unsaved_activity(calendar, recurrence="weekly", recurrence_until=dt.date(2026, 7, 14))
    assert list(field_errors(page)) == ["recurrence_until"]
    page.recurrence_until = dt.date(2026, 7, 7)  # exactly ten Tuesdays
    page.full_clean()


def test_ten_years_of_weekly_dates_is_too_many(calendar):
    page = unsaved_activity(calendar, recurrence="weekly", recurrence_until=dt.date(2036, 5, 5))
    assert list(field_errors(page)) == ["recurrence_until"]


def test_place_is_required(calendar):
    errors = field_errors(unsaved_activity(calendar, address="  "))
    assert list(errors) == ["address"]


def test_invalid_activity_is_not_saved(calendar):
    page = unsaved_activity(calendar, end=local_datetime(2026, 5, 4, 9))
    with pytest.raises(ValidationError):
        calendar.add_child(instance=page)
    assert not ActivityPage.objects.exists()
    assert not Occurrence.objects.exists()


# Organiser ---------------------------------------------------------------------------------


def test_activity_under_association_is_organised_by_it(home):
    association = AssociationPageFactory(parent=AssociationIndexPageFactory(parent=home))
    activity = ActivityPageFactory(parent=association)
    activity.refresh_from_db()
    assert activity.organiser_id == association.pk
    assert activity in association.organised_activities.all()


def test_explicit_organiser_is_kept(home):
    index = AssociationIndexPageFactory(parent=home)
    parent_association, other = AssociationPageFactory.create_batch(2, parent=index)
    activity = ActivityPageFactory(parent=parent_association, organiser=other)
    activity.refresh_from_db()
    assert activity.organiser_id == other.pk


def test_calendar_activity_has_no_organiser_by_default(calendar):
    activity = ActivityPageFactory(parent=calendar)
    activity.refresh_from_db()
    assert activity.organiser is None
