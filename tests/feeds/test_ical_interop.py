"""The iCalendar feeds as other people's parsers read them: Mozilla's ical.js (Thunderbird)
and Python's icalendar + recurring-ical-events, checked against zoneinfo across DST.

ical.js runs from ``tests/js`` (``npm ci`` there); without node or its node_modules the
ical.js tests skip.
"""

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from django.utils import timezone

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import Occurrence
from associations.factories import AssociationPageFactory
from feeds.vtimezone import vtimezone

from .conftest import HIDDEN_KINDS, hide

pytestmark = pytest.mark.django_db

CPH = ZoneInfo("Europe/Copenhagen")
JS = Path(__file__).resolve().parents[1] / "js"
NODE = shutil.which("node")


def last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def tuesdays_around_the_switches(years) -> list[dt.date]:
    """The Tuesday before and after each switch to and from summer time."""
    days = []
    for year in years:
        for month in (3, 10):
            switch = last_sunday(year, month)
            days += [switch - dt.timedelta(days=5), switch + dt.timedelta(days=2)]
    return days


@pytest.fixture
def three_years():
    """This year and the next two (2026–2028 when written)."""
    year = timezone.localdate().year
    return [year, year + 1, year + 2]


@pytest.fixture
def lektiecafe(activity_index, three_years):
    """Weekly on Tuesdays 15:00–17:00 local, from January of this year to the end of the third."""
    first = dt.date(three_years[0], 1, 1)
    first += dt.timedelta(days=(1 - first.weekday()) % 7)
    activity = ActivityPageFactory(
        parent=activity_index,
        title="Lektiecafé på biblioteket",
        start=local_datetime(first.year, first.month, first.day, 15),
        end=local_datetime(first.year, first.month, first.day, 17),
        recurrence="weekly",
        recurrence_until=dt.date(three_years[-1], 12, 31),
    )
    activity.save_revision().publish()
    return activity


def ics(client, url="/feeds/aktiviteter.ics") -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    return response.content


def icaljs_starts(tmp_path, content: bytes, until: dt.date) -> list[dict]:
    """Every occurrence ical.js finds, as ``{"summary", "start"}`` with start in UTC."""
    if NODE is None or not (JS / "node_modules" / "ical.js").is_dir():
        pytest.skip("ical.js is not installed (node and `npm ci` in tests/js)")
    path = tmp_path / "feed.ics"
    path.write_bytes(content)
    result = subprocess.run(
        [NODE, str(JS / "ical_occurrences.mjs"), str(path), until.isoformat()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def utc(day: dt.date, hour: int) -> str:
    """The UTC instant of ``hour`` o'clock local on ``day``, by zoneinfo."""
    local = dt.datetime(day.year, day.month, day.day, hour, tzinfo=CPH)
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_icaljs_reads_every_dst_case_like_zoneinfo(client, tmp_path, lektiecafe, three_years):
    occurrences = icaljs_starts(tmp_path, ics(client), dt.date(three_years[-1] + 1, 1, 1))
    starts = {o["start"] for o in occurrences if o["summary"] == lektiecafe.title}

    cases = tuesdays_around_the_switches(three_years)
    assert len(cases) == 12
    for day in cases:
        # 15:00 local: 14:00Z in winter, 13:00Z in summer (e.g. 2027-03-30 → 13:00Z).
        assert utc(day, 15) in starts, day
        assert utc(day, 15).endswith(("T13:00:00Z", "T14:00:00Z"))
    # And every occurrence the website shows, nothing more or less.
    website = {
        o.start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for o in Occurrence.objects.filter(activity=lektiecafe)
    }
    assert starts == website


def test_icaljs_reads_the_single_activity_file_in_summer_time(client, tmp_path, activity_index):
    year = timezone.localdate().year + 2
    day = last_sunday(year, 3) + dt.timedelta(days=2)
    activity = ActivityPageFactory(
        parent=activity_index,
        title="Foredrag",
        start=local_datetime(day.year, day.month, day.day, 15),
        end=local_datetime(day.year, day.month, day.day, 16),
    )
    activity.save_revision().publish()

    content = ics(client, f"/feeds/aktiviteter/{activity.pk}.ics")
    occurrences = icaljs_starts(tmp_path, content, dt.date(year + 1, 1, 1))

    assert occurrences == [{"summary": "Foredrag", "start": utc(day, 15)}]
    assert utc(day, 15).endswith("T13:00:00Z")


def test_recurring_ical_events_reads_the_dst_cases_like_zoneinfo(client, lektiecafe, three_years):
    cal = icalendar.Calendar.from_ical(ics(client))
    start, end = dt.date(three_years[0], 1, 1), dt.date(three_years[-1] + 1, 1, 1)
    starts = {
        e["DTSTART"].dt.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for e in recurring_ical_events.of(cal).between(start, end)
    }
    for day in tuesdays_around_the_switches(three_years):
        assert utc(day, 15) in starts, day


def test_vtimezone_is_rule_based_one_property_per_line(client, lektiecafe):
    cal = icalendar.Calendar.from_ical(ics(client))
    (zone,) = cal.walk("VTIMEZONE")
    observances = {c.name: c for c in zone.subcomponents}

    assert set(observances) == {"STANDARD", "DAYLIGHT"}
    assert observances["DAYLIGHT"]["RRULE"]["BYMONTH"] == [3]
    assert observances["STANDARD"]["RRULE"]["BYMONTH"] == [10]
    assert {str(o["RRULE"]["BYDAY"][0]) for o in observances.values()} == {"-1SU"}
    assert b"RDATE" not in ics(client)


def test_a_zone_without_a_yearly_rule_gets_one_rdate_per_line():
    # Chile moved its switch dates between 2016 and 2019: no yearly rule fits.
    text = vtimezone("America/Santiago", 2017, 2019).to_ical().decode()
    rdates = [line for line in text.splitlines() if line.startswith("RDATE")]

    assert rdates and all("," not in line for line in rdates)
    assert "RRULE" not in text


def test_an_empty_calendar_is_still_valid(client, activity_index):
    content = ics(client)
    cal = icalendar.Calendar.from_ical(content)

    # RFC 5545 §3.6: a VCALENDAR holds at least one component; here the time zone.
    assert cal.walk("VEVENT") == []
    assert [c.name for c in cal.subcomponents] == ["VTIMEZONE"]
    for required in (b"VERSION:2.0", b"PRODID:"):
        assert required in content


def test_empty_calendar_parses_in_icaljs(client, tmp_path, activity_index):
    assert icaljs_starts(tmp_path, ics(client), dt.date(2100, 1, 1)) == []


def test_organizer_is_a_mailto_address_of_the_association_or_left_out(client, activity_index):
    club = AssociationPageFactory(title="Roklubben", email="kontakt@roklubben.dk")
    club.save_revision().publish()
    silent = AssociationPageFactory(title="Stilleklubben", email="")
    silent.save_revision().publish()
    for title, extra in [
        ("Roning", {"organiser": club}),
        ("Stille", {"organiser": silent}),
        ("Seniordans", {"department": "Seniorservice"}),
    ]:
        ActivityPageFactory(parent=activity_index, title=title, **extra).save_revision().publish()

    content = ics(client)
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(content).walk("VEVENT")}

    organizer = events["Roning"]["ORGANIZER"]
    assert str(organizer) == "mailto:kontakt@roklubben.dk"
    assert organizer.params["CN"] == "Roklubben"
    assert "ORGANIZER" not in events["Stille"]
    assert "ORGANIZER" not in events["Seniordans"]
    assert b"ORGANIZER:" not in content  # never a bare name


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_organizer_address_of_a_hidden_association_is_never_shown(client, activity_index, kind):
    club = AssociationPageFactory(title="Skjult klub", email="hemmelig@klub.dk")
    club.save_revision().publish()
    ActivityPageFactory(
        parent=activity_index, title="Aktivitet", organiser=club
    ).save_revision().publish()
    hide(club, kind)

    assert b"hemmelig@klub.dk" not in ics(client)


def test_head_on_calendar_files_is_200_without_a_body(client, activity_index):
    activity = ActivityPageFactory(parent=activity_index, title="Hoved")
    activity.save_revision().publish()

    for url in ("/feeds/aktiviteter.ics", f"/feeds/aktiviteter/{activity.pk}.ics"):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("text/calendar")
        assert response.content == b""
