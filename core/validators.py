"""Validators for Danish identifiers and for text that must stay on one line."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def is_valid_cvr(value: str) -> bool:
    """True for an 8-digit CVR number whose weighted digit sum is divisible by 11."""
    if len(value) != 8 or not value.isdigit() or value[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(value, CVR_WEIGHTS, strict=True)) % 11 == 0


def validate_cvr(value: str) -> None:
    if not is_valid_cvr(value):
        raise ValidationError(
            _("Enter a valid CVR number: 8 digits, as on virk.dk (e.g. 29189579)."),
            code="invalid_cvr",
        )


def _breaks_the_line(char: str) -> bool:
    # Control characters (Cc: CR, LF, tab, NUL, ESC, NEL...) and the Unicode line and paragraph
    # separators: each can end a line in an email header, a CSV cell or a log line.
    return unicodedata.category(char) in {"Cc", "Zl", "Zp"}


def is_single_line(value: str) -> bool:
    """True when ``value`` has no line break and no other control character."""
    return not any(_breaks_the_line(char) for char in value)


def validate_single_line(value: str) -> None:
    """Refuse text meant for one line (names, titles, phone numbers) that would break it."""
    if value and not is_single_line(value):
        raise ValidationError(
            _("Write this on one line, without line breaks or other control characters."),
            code="not_single_line",
        )


def one_line(value: str) -> str:
    """``value`` with every line break and control character turned into a single space."""
    return " ".join("".join(" " if _breaks_the_line(c) else c for c in value).split())


#: The largest value a signed 64-bit column holds (PostgreSQL bigint, SQLite INTEGER): an id
#: or an offset beyond it is refused before it reaches a query, where it would be a 500.
MAX_DB_INT = 2**63 - 1


def fits_a_database_id(value: int) -> bool:
    return -MAX_DB_INT - 1 <= value <= MAX_DB_INT
