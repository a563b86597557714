"""Reading query parameters: integers in range, dates, clean strings; else ``BadQuery``."""

import datetime as dt

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from .http import BadQuery

#: Ids and counts fit PostgreSQL's integer columns; anything larger matches nothing.
MAX_INT = 2**31 - 1


def clean_text(param: str, value: str) -> str:
    if "\x00" in value or any(ord(c) < 32 for c in value):
        raise BadQuery(param, "Control characters are not allowed.")
    if len(value) > 200:
        raise BadQuery(param, "At most 200 characters.")
    return value.strip()


def integer(param: str, value: str, minimum: int = 1, maximum: int = MAX_INT) -> int:
    value = clean_text(param, value)
    if not value.isascii() or not value.isdigit():
        raise BadQuery(param, "Must be a whole number.")
    number = int(value[:12]) if len(value) <= 12 else maximum + 1
    if not minimum <= number <= maximum:
        raise BadQuery(param, f"Must be between {minimum} and {maximum}.")
    return number


def integers(request, param: str) -> list[int]:
    """Every value of ``param`` (repeated, or ``param[]``, or comma-separated)."""
    values = request.GET.getlist(param) + request.GET.getlist(f"{param}[]")
    return [integer(param, part) for value in values for part in value.split(",") if part]


def texts(request, param: str) -> list[str]:
    values = request.GET.getlist(param) + request.GET.getlist(f"{param}[]")
    return [clean_text(param, part) for value in values for part in value.split(",") if part]


def moment(param: str, value: str) -> dt.datetime:
    """An ISO 8601 date or date-time; a date or a naive time is Europe/Copenhagen."""
    value = clean_text(param, value)
    try:
        parsed = parse_datetime(value)
        if parsed is None:
            day = parse_date(value)
            if day is None:
                raise ValueError
            parsed = dt.datetime.combine(day, dt.time())
    except (ValueError, OverflowError):
        raise BadQuery(param, "Use an ISO 8601 date or date-time.") from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    if not 1900 <= parsed.year <= 9000:
        raise BadQuery(param, "The year must be between 1900 and 9000.")
    return parsed


COMPARISONS = {"gt": "gt", "gte": "gte", "lt": "lt", "lte": "lte"}


def range_filters(request, field: str, lookup_prefix: str) -> dict:
    """``field[gt]=…`` etc. as ORM lookups on ``lookup_prefix``, e.g. ``end__gt``."""
    lookups = {}
    for op, orm in COMPARISONS.items():
        param = f"{field}[{op}]"
        if param in request.GET:
            lookups[f"{lookup_prefix}__{orm}"] = moment(param, request.GET[param])
    return lookups
