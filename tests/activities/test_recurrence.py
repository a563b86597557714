"""Expansion of recurring activities into dates, on Copenhagen wall-clock time."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from activities import recurrence

CPH = ZoneInfo("Europe/Copenhagen")


def local(year, month, day, hour=0, minute=0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=CPH)


def local_starts(spans) -> list[tuple[dt.date, dt.time]]:
    return [(s.astimezone(CPH).date(), s.astimezone(CPH).time()) for s, _ in spans]


def start_dates(spans) -> list[dt.date]:
    return [s.astimezone(CPH).date() for s, _ in spans]


def test_one_off_activity_is_its_own_single_occurrence():
    start, end = local(2026, 3, 3, 19), local(2026, 3, 3, 21)
    assert recurrence.expand(start, end, tz=CPH) == [(start, end)]


def test_weekly_stays_at_19_local_across_spring_daylight_saving_change():
    # Summer time starts on Sunday 29 March 2026 (the last Sunday of March).
    spans = recurrence.expand(
        local(2026, 3, 3, 19),
        local(2026, 3, 3, 21),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 4, 7),
        tz=CPH,
    )
    assert start_dates(spans) == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 24),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 7),
    ]
    for start, end in spans:
        assert start.astimezone(CPH).time() == dt.time(19, 0)
        assert end.astimezone(CPH).time() == dt.time(21, 0)
    utc_hours = [start.astimezone(dt.UTC).hour for start, _ in spans]
    # 19:00 is 18:00 UTC in winter time and 17:00 UTC in summer time.
    assert utc_hours == [18, 18, 18, 18, 17, 17]


def test_weekly_stays_at_19_local_across_autumn_daylight_saving_change():
    # Winter time starts on Sunday 25 October 2026.
    spans = recurrence.expand(
        local(2026, 10, 13, 19),
        local(2026, 10, 13, 20, 30),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 11, 3),
        tz=CPH,
    )
    assert local_starts(spans) == [
        (dt.date(2026, 10, 13), dt.time(19)),
        (dt.date(2026, 10, 20), dt.time(19)),
        (dt.date(2026, 10, 27), dt.time(19)),
        (dt.date(2026, 11, 3), dt.time(19)),
    ]
    assert [s.astimezone(dt.UTC).hour for s, _ in spans] == [17, 17, 18, 18]
    assert all(e - s == dt.timedelta(hours=1, minutes=30) for s, e in spans)


def test_night_across_the_change_keeps_local_end_time():
    # Saturday 22:00 to Sunday 04:00: on the night the clocks go forward it ends at
    # 04:00 local time, one real hour shorter.
    spans = recurrence.expand(
        local(2026, 3, 21, 22),
        local(2026, 3, 22, 4),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 4, 4),
        tz=CPH,
    )
    ends = [e.astimezone(CPH) for _, e in spans]
    assert [(e.date(), e.time()) for e in ends] == [
        (dt.date(2026, 3, 22), dt.time(4)),
        (dt.date(2026, 3, 29), dt.time(4)),
        (dt.date(2026, 4, 5), dt.time(4)),
    ]
    # Aware datetimes in the same zone subtract as wall-clock time; compare in UTC.
    assert [e.astimezone(dt.UTC) - s.astimezone(dt.UTC) for s, e in spans] == [
        dt.timedelta(hours=6),
        dt.timedelta(hours=5),
        dt.timedelta(hours=6),
    ]


def test_biweekly_takes_every_other_week():
    spans = recurrence.expand(
        local(2026, 3, 3, 19),
        local(2026, 3, 3, 21),
        rule=recurrence.BIWEEKLY,
        until=dt.date(2026, 4, 20),
        tz=CPH,
    )
    assert local_starts(spans) == [
        (dt.date(2026, 3, 3), dt.time(19)),
        (dt.date(2026, 3, 17), dt.time(19)),
        (dt.date(2026, 3, 31), dt.time(19)),
        (dt.date(2026, 4, 14), dt.time(19)),
    ]


def test_monthly_first_tuesday():
    spans = recurrence.expand(
        local(2026, 1, 6, 17),
        local(2026, 1, 6, 18),
        rule=recurrence.MONTHLY,
        until=dt.date(2026, 6, 30),
        tz=CPH,
    )
    assert start_dates(spans) == [
        dt.date(2026, 1, 6),
        dt.date(2026, 2, 3),
        dt.date(2026, 3, 3),
        dt.date(2026, 4, 7),
        dt.date(2026, 5, 5),
        dt.date(2026, 6, 2),
    ]
    assert all(s.astimezone(CPH).hour == 17 for s, _ in spans)


def test_monthly_third_thursday_across_new_year():
    spans = recurrence.expand(
        local(2026, 11, 19, 10),
        local(2026, 11, 19, 12),
        rule=recurrence.MONTHLY,
        until=dt.date(2027, 2, 28),
        tz=CPH,
    )
    assert start_dates(spans) == [
        dt.date(2026, 11, 19),
        dt.date(2026, 12, 17),
        dt.date(2027, 1, 21),
        dt.date(2027, 2, 18),
    ]


def test_monthly_fifth_weekday_means_last():
    # 31 March 2026 is the fifth Tuesday; months with four Tuesdays use their last one.
    spans = recurrence.expand(
        local(2026, 3, 31, 19),
        local(2026, 3, 31, 21),
        rule=recurrence.MONTHLY,
        until=dt.date(2026, 7, 31),
        tz=CPH,
    )
    assert start_dates(spans) == [
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 28),
        dt.date(2026, 5, 26),
        dt.date(2026, 6, 30),
        dt.date(2026, 7, 28),
    ]


def test_excluded_dates_are_skipped():
    spans = recurrence.expand(
        local(2026, 3, 3, 19),
        local(2026, 3, 3, 21),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 3, 31),
        excluded=[dt.date(2026, 3, 17), dt.date(2026, 3, 18)],
        tz=CPH,
    )
    assert start_dates(spans) == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 24),
        dt.date(2026, 3, 31),
    ]


def test_until_date_is_inclusive():
    spans = recurrence.expand(
        local(2026, 3, 3, 19),
        local(2026, 3, 3, 21),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 3, 10),
        tz=CPH,
    )
    assert start_dates(spans) == [dt.date(2026, 3, 3), dt.date(2026, 3, 10)]


def test_whole_day_on_the_short_spring_day_is_midnight_to_midnight():
    # Sunday 29 March 2026 has only 23 hours; the day still runs midnight to midnight.
    spans = recurrence.expand(
        local(2026, 3, 29),
        local(2026, 3, 30),
        rule=recurrence.WEEKLY,
        until=dt.date(2026, 4, 5),
        tz=CPH,
    )
    assert [(s.astimezone(CPH), e.astimezone(CPH)) for s, e in spans] == [
        (local(2026, 3, 29), local(2026, 3, 30)),
        (local(2026, 4, 5), local(2026, 4, 6)),
    ]
    first_start, first_end = (moment.astimezone(dt.UTC) for moment in spans[0])
    assert first_end - first_start == dt.timedelta(hours=23)


def test_too_many_occurrences_raise():
    kwargs = {
        "rule": recurrence.WEEKLY,
        "until": dt.date(2026, 3, 24),  # four Tuesdays
        "tz": CPH,
    }
    start, end = local(2026, 3, 3, 19), local(2026, 3, 3, 21)
    assert len(recurrence.expand(start, end, limit=4, **kwargs)) == 4
    with pytest.raises(recurrence.TooManyOccurrences):
        recurrence.expand(start, end, limit=3, **kwargs)


def test_recurrence_without_end_date_is_refused():
    with pytest.raises(ValueError):
        recurrence.expand(local(2026, 3, 3, 19), local(2026, 3, 3, 21), rule="weekly", tz=CPH)


def test_unknown_rule_is_refused():
    with pytest.raises(ValueError):
        recurrence.expand(
            local(2026, 3, 3, 19),
            local(2026, 3, 3, 21),
            rule="daily",
            until=dt.date(2026, 4, 1),
            tz=CPH,
        )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 3, 3), 1),
        (dt.date(2026, 3, 7), 1),
        (dt.date(2026, 3, 8), 2),
        (dt.date(2026, 3, 28), 4),
        (dt.date(2026, 3, 29), 5),
    ],
)
def test_week_of_month(day, expected):
    assert recurrence.week_of_month(day) == expected


@pytest.mark.parametrize(
    ("year", "month", "n", "expected"),
    [
        (2026, 3, 1, dt.date(2026, 3, 3)),
        (2026, 3, 4, dt.date(2026, 3, 24)),
        (2026, 3, 5, dt.date(2026, 3, 31)),
        (2026, 2, 5, dt.date(2026, 2, 24)),
        (2026, 9, 1, dt.date(2026, 9, 1)),
    ],
)
def test_nth_tuesday(year, month, n, expected):
    assert recurrence.nth_weekday(year, month, 1, n) == expected
