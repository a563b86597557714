"""iCalendar feeds: one event per activity, recurring ones expanded to the website's dates."""

import calendar as calendar_module
import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from bs4 import BeautifulSoup
from django.utils import timezone

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import ActivityExcludedDate, Occurrence
from core.factories import AudienceFactory

from .conftest import HIDDEN_KINDS

pytestmark = pytest.mark.django_db

CPH = ZoneInfo("Europe/Copenhagen")


def calendar(client, url) -> icalendar.Calendar:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def events(cal) -> dict:
    return {str(event["SUMMARY"]): event for event in cal.walk("VEVENT")}


def last_sunday_of_march(year: int) -> dt.date:
    day = dt.date(year, 3, 31)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


@pytest.fixture
def spring_tuesday():
    """A Tuesday two weeks before next year's switch to summer time."""
    switch = last_sunday_of_march(timezone.localdate().year + 1)
    return switch - dt.timedelta(days=12)


def test_weekly_activity_is_one_event_whose_dates_keep_local_time_across_dst(
    client, activity_index, spring_tuesday
):
    day = spring_tuesday
    activity = ActivityPageFactory(
        parent=activity_index,
        title="Strikkeklub",
        start=local_datetime(day.year, day.month, day.day, 19),
        end=local_datetime(day.year, day.month, day.day, 21),
        recurrence="weekly",
        recurrence_until=day + dt.timedelta(weeks=4),
    )
    skipped = day + dt.timedelta(weeks=1)
    ActivityExcludedDate.objects.create(activity=activity, date=skipped)
    activity.save_revision().publish()

    cal = calendar(client, "/feeds/aktiviteter.ics")
    assert len(cal.walk("VEVENT")) == 1
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    event = events(cal)["Strikkeklub"]
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]

    expanded = recurring_ical_events.of(cal).between(day, day + dt.timedelta(weeks=5))
    starts = [e["DTSTART"].dt for e in expanded]
    # Five Tuesdays, the excluded one left out; 19:00 local both sides of the switch,
    # so 18:00 UTC in winter and 17:00 UTC in summer.
    assert [s.date() for s in starts] == [day + dt.timedelta(weeks=n) for n in (0, 2, 3, 4)]
    assert {s.astimezone(CPH).strftime("%H:%M") for s in starts} == {"19:00"}
    assert [s.astimezone(dt.UTC).hour for s in starts] == [18, 17, 17, 17]
    # The feed and the website agree on every date.
    assert starts == [o.start for o in Occurrence.objects.filter(activity=activity)]


def test_monthly_on_a_fifth_weekday_repeats_on_the_last_weekday(client, activity_index):
    # Find a month next year whose fifth Tuesday exists; the rule then means "last Tuesday".
    year = timezone.localdate().year + 1
    first = next(
        dt.date(year, month, day)
        for month in range(1, 13)
        for day in range(29, calendar_module.monthrange(year, month)[1] + 1)
        if dt.date(year, month, day).weekday() == 1
    )
    until = first + dt.timedelta(days=150)
    activity = ActivityPageFactory(
        parent=activity_index,
        title="Bestyrelsesmøde",
        start=local_datetime(first.year, first.month, first.day, 17, 30),
        end=local_datetime(first.year, first.month, first.day, 19),
        recurrence="monthly",
        recurrence_until=until,
    )
    activity.save_revision().publish()

    cal = calendar(client, "/feeds/aktiviteter.ics")
    event = events(cal)["Bestyrelsesmøde"]
    assert event["RRULE"]["BYDAY"] == ["-1TU"]

    expanded = recurring_ical_events.of(cal).between(first, until + dt.timedelta(days=1))
    starts = [e["DTSTART"].dt for e in expanded]
    assert starts == [o.start for o in Occurrence.objects.filter(activity=activity)]
    assert all(s.astimezone(CPH).strftime("%a %H:%M") == "Tue 17:30" for s in starts)
    assert all((s + dt.timedelta(days=7)).month != s.month for s in starts)  # each the last


def test_all_day_activity_is_a_date_event(client, activity_index):
    day = timezone.localdate() + dt.timedelta(days=10)
    ActivityPageFactory(
        parent=activity_index,
        title="Kulturnat",
        start=local_datetime(day.year, day.month, day.day),
        end=local_datetime(day.year, day.month, day.day),
        all_day=True,
    ).save_revision().publish()

    event = events(calendar(client, "/feeds/aktiviteter.ics"))["Kulturnat"]

    assert event["DTSTART"].dt == day
    assert event["DTEND"].dt == day + dt.timedelta(days=1)


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_feeds_never_contain_hidden_activities(client, activity_index, hidden_activities, kind):
    ActivityPageFactory(parent=activity_index, title="Synlig").save_revision().publish()
    hidden = hidden_activities[kind]

    assert set(events(calendar(client, "/feeds/aktiviteter.ics"))) == {"Synlig"}
    assert client.get(f"/feeds/aktiviteter/{hidden.pk}.ics").status_code == 404


def test_feed_per_audience_organiser_and_facility_uses_the_calendar_filters(
    client, activity_index
):
    from associations.factories import AssociationPageFactory
    from facilities.factories import FacilityPageFactory

    seniors = AudienceFactory(name="Seniorer", slug="seniorer")
    club = AssociationPageFactory(title="Roklubben")
    club.save_revision().publish()
    hall = FacilityPageFactory(title="Idrætshallen")
    hall.save_revision().publish()
    for title, extra in [
        ("For seniorer", {}),
        ("Roklubbens dag", {"organiser": club}),
        ("I hallen", {"facility": hall}),
    ]:
        page = ActivityPageFactory(parent=activity_index, title=title, **extra)
        if title == "For seniorer":
            page.audiences.set([seniors])
        page.save_revision().publish()

    def titles(query):
        return set(events(calendar(client, f"/feeds/aktiviteter.ics?{query}")))

    assert titles(f"audience={seniors.pk}") == {"For seniorer"}
    assert titles(f"organiser={club.pk}") == {"Roklubbens dag"}
    assert titles(f"facility={hall.pk}") == {"I hallen"}
    assert titles("") == {"For seniorer", "Roklubbens dag", "I hallen"}


def test_activity_page_links_to_its_own_calendar_file(client, activity_index):
    activity = ActivityPageFactory(parent=activity_index, title="Fællessang", slug="faellessang")
    activity.save_revision().publish()

    soup = BeautifulSoup(client.get("/aktiviteter/faellessang/").content, "html.parser")
    link = soup.find("a", href=f"/feeds/aktiviteter/{activity.pk}.ics")

    assert "Add to calendar" in link.get_text() or "Tilføj til kalender" in link.get_text()
    assert set(events(calendar(client, link["href"]))) == {"Fællessang"}
