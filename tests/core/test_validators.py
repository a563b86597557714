"""CVR numbers (Danish company registration numbers) and model-level validation."""

import pytest
from django.core.exceptions import ValidationError

from core.validators import is_valid_cvr, validate_cvr

# Real-looking CVR numbers whose weighted digit sum (weights 2,7,6,5,4,3,2,1) is divisible
# by 11, e.g. 29189579: 2·2 + 9·7 + 1·6 + 8·5 + 9·4 + 5·3 + 7·2 + 9·1 = 187 = 17·11.
VALID_CVRS = ["29189579", "61126228", "55133018", "10150817", "25052943", "13703701"]

INVALID_CVRS = {
    "fails modulus 11": "12345678",
    "one digit changed": "29189578",
    "two digits swapped": "29185979",
    "too short": "2918957",
    "too long": "291895790",
    "letters": "29l89579",
    "all letters": "abcdefgh",
    "spaces": "2918 9579",
    "leading zero": "01234567",
    "empty": "",
}


@pytest.mark.parametrize("cvr", VALID_CVRS)
def test_valid_cvr_is_accepted(cvr):
    assert is_valid_cvr(cvr)
    validate_cvr(cvr)


@pytest.mark.parametrize("cvr", INVALID_CVRS.values(), ids=INVALID_CVRS.keys())
def test_invalid_cvr_is_refused(cvr):
    assert not is_valid_cvr(cvr)
    with pytest.raises(ValidationError) as excinfo:
        validate_cvr(cvr)
    assert excinfo.value.code == "invalid_cvr"


def test_error_message_shows_a_valid_example():
    with pytest.raises(ValidationError) as excinfo:
        validate_cvr("12345678")
    example = next(word for word in excinfo.value.messages[0].split() if word.startswith("2918"))
    assert is_valid_cvr(example.strip("()."))
