"""Validators for Danish identifiers."""

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
