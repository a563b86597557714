"""Kultunaut's free-text times."""

import datetime as dt

import pytest

from eventimport.times import UnreadableTime, parse_time_text

T = dt.time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kl. 19-21", (T(19), T(21))),
        ("19.30", (T(19, 30), None)),
        ("Kl. 10.00 - 12.30", (T(10), T(12, 30))),
        ("19:30 – 21:30", (T(19, 30), T(21, 30))),
        ("kl.19.30-22", (T(19, 30), T(22))),
        ("fra kl. 14", (T(14), None)),
        ("10 til 16", (T(10), T(16))),
        ("Dørene åbner 18.30, koncert kl. 20", (T(18, 30), None)),
        ("kl. 22-24", (T(22), T(23, 59))),
        ("Hele dagen", (None, None)),
        ("", (None, None)),
        ("Se hjemmesiden", (None, None)),
    ],
)
def test_free_text_times(text, expected):
    assert parse_time_text(text) == expected


@pytest.mark.parametrize("text", ["kl. 25", "19.75"])
def test_numbers_that_are_no_time_are_refused(text):
    with pytest.raises(UnreadableTime):
        parse_time_text(text)
