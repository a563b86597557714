"""Kultunaut's free-text times ("kl. 19-21", "19.30", "Kl. 10.00 - 12.30", "hele dagen")."""

from __future__ import annotations

import datetime as dt
import re

_TIME = r"(\d{1,2})(?:[.:](\d{2}))?"
_RANGE = re.compile(rf"{_TIME}\s*(?:-|–|til)\s*{_TIME}")
_SINGLE = re.compile(_TIME)
ALL_DAY_WORDS = ("hele dagen", "heldags", "døgnet rundt")


class UnreadableTime(ValueError):
    pass


def _time(hour: str, minute: str | None) -> dt.time:
    hour_value, minute_value = int(hour), int(minute or 0)
    if hour_value == 24 and minute_value == 0:
        return dt.time(23, 59)
    if not (0 <= hour_value <= 23 and 0 <= minute_value <= 59):
        raise UnreadableTime(f"{hour}:{minute or '00'}")
    return dt.time(hour_value, minute_value)


def parse_time_text(text: str) -> tuple[dt.time | None, dt.time | None]:
    """``(start, end)`` from free text; ``(None, None)`` means all day (or no time given).

    Reads "kl. 19-21", "19.30", "kl. 19.30-22", "19:30 – 21:30", "fra kl. 14", "10 til 16",
    "Dørene åbner 18.30, koncert kl. 20" (the first time), "hele dagen". Raises
    ``UnreadableTime`` for text with numbers that are not a time ("kl. 25").
    """
    cleaned = (text or "").strip().lower()
    if not cleaned or any(word in cleaned for word in ALL_DAY_WORDS):
        return None, None
    cleaned = re.sub(r"\bkl\.?\s*", "", cleaned)
    match = _RANGE.search(cleaned)
    if match:
        start = _time(match.group(1), match.group(2))
        end = _time(match.group(3), match.group(4))
        return start, end
    match = _SINGLE.search(cleaned)
    if match:
        return _time(match.group(1), match.group(2)), None
    return None, None
