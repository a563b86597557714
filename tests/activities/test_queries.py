"""Date-range queries over occurrences never show what citizens may not see."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import Occurrence

pytestmark = pytest.mark.django_db

MARCH = (local_datetime(2026, 3, 1), local_datetime(2026, 4, 1))


def titles(occurrences) -> list[str]:
    return [o.activity.title for o in occurrences]


def on(calendar, title, day, start_hour=19, end_hour=21, **kwargs):
    """A one-off activity on a day in March 2026."""
    return ActivityPageFactory(
        parent=calendar,
        title=title,
        start=local_datetime(2026, 3, day, start_hour),
        end=local_datetime(2026, 3, day, end_hour),
        **kwargs,
    )


def test_between_returns_overlapping_occurrences_sorted(calendar):
    on(calendar, "Sent", 20)
    on(calendar, "Tidligt", 5)
    on(calendar, "Midt", 12)
    ActivityPageFactory(
        parent=calendar,
        title="April",
        start=local_datetime(2026, 4, 2, 10),
        end=local_datetime(2026, 4, 2, 12),
    )
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Tidligt", "Midt", "Sent"]


def test_between_includes_occurrences_overlapping_the_edges(calendar):
    # Starts before the range and ends inside it, and the other way round.
    ActivityPageFactory(
        parent=calendar,
        title="Nattevandring",
        start=local_datetime(2026, 2, 28, 22),
        end=local_datetime(2026, 3, 1, 2),
    )
    ActivityPageFactory(
        parent=calendar,
        title="Nytårsfest i marts",
        start=local_datetime(2026, 3, 31, 22),
        end=local_datetime(2026, 4, 1, 2),
    )
    # Ends exactly where the range starts: the range is half-open, so it is left out.
    ActivityPageFactory(
        parent=calendar,
        title="Februar",
        start=local_datetime(2026, 2, 28, 20),
        end=local_datetime(2026, 3, 1, 0),
    )
    assert titles(Occurrence.objects.public().between(*MARCH)) == [
        "Nattevandring",
        "Nytårsfest i marts",
    ]


def test_between_returns_each_date_of_a_recurring_activity(calendar):
    ActivityPageFactory(
        parent=calendar,
        title="Strikkeklub",
        start=local_datetime(2026, 3, 3, 19),
        end=local_datetime(2026, 3, 3, 21),
        recurrence="weekly",
        recurrence_until=dt.date(2026, 6, 30),
    )
    march = list(Occurrence.objects.public().between(*MARCH))
    assert [timezone.localtime(o.start).day for o in march] == [3, 10, 17, 24, 31]


def test_drafts_are_left_out(calendar):
    on(calendar, "Offentlig", 10)
    on(calendar, "Kladde", 11, live=False)
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Offentlig"]


def test_unpublished_activities_are_left_out(calendar):
    on(calendar, "Offentlig", 10)
    on(calendar, "Aflyst", 11).unpublish()
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Offentlig"]


def test_password_protected_activities_are_left_out(calendar):
    on(calendar, "Offentlig", 10)
    private = on(calendar, "Bestyrelsesmøde", 11)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Offentlig"]


def test_activities_under_a_protected_page_are_left_out(home, calendar):
    from associations.factories import AssociationIndexPageFactory, AssociationPageFactory

    on(calendar, "Offentlig", 10)
    association = AssociationPageFactory(parent=AssociationIndexPageFactory(parent=home))
    on(association, "Kun for medlemmer", 11)
    PageViewRestriction.objects.create(
        page=association, restriction_type=PageViewRestriction.PASSWORD, password="medlem"
    )
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Offentlig"]


def test_expired_activities_are_left_out(calendar):
    on(calendar, "Offentlig", 10)
    on(calendar, "Udløbet", 11, expire_at=timezone.now() - dt.timedelta(minutes=1))
    on(calendar, "Udløber senere", 12, expire_at=timezone.now() + dt.timedelta(days=1))
    assert titles(Occurrence.objects.public().between(*MARCH)) == ["Offentlig", "Udløber senere"]


def test_association_activities_appear_in_the_municipal_calendar(home, calendar):
    from associations.factories import AssociationIndexPageFactory, AssociationPageFactory

    association = AssociationPageFactory(parent=AssociationIndexPageFactory(parent=home))
    on(association, "Petanque for begyndere", 14)
    on(calendar, "Fællessang", 10)
    assert titles(Occurrence.objects.public().between(*MARCH)) == [
        "Fællessang",
        "Petanque for begyndere",
    ]


def test_upcoming_lists_future_and_ongoing_dates_soonest_first(calendar):
    now = local_datetime(2026, 3, 12, 20)  # during "I gang"
    on(calendar, "Forbi", 10)
    on(calendar, "Senere", 20)
    on(calendar, "I gang", 12)
    on(calendar, "Snart", 13)
    on(calendar, "Kladde", 14, live=False)
    assert titles(Occurrence.objects.upcoming(now)) == ["I gang", "Snart", "Senere"]


def test_upcoming_uses_the_current_time_by_default(calendar):
    ActivityPageFactory(parent=calendar, title="Næste uge")
    on(calendar, "Længe siden", 10)
    assert titles(Occurrence.objects.upcoming()) == ["Næste uge"]


def test_upcoming_fetches_activities_in_one_query(calendar, django_assert_num_queries):
    for day in (10, 11, 12):
        on(calendar, f"Aktivitet {day}", day)
    # One query for Wagtail's view restrictions, one for the occurrences with their pages.
    with django_assert_num_queries(2):
        assert len(titles(Occurrence.objects.upcoming(local_datetime(2026, 3, 1)))) == 3
