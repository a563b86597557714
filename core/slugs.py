"""Danish slugs: æ, ø and å are written ae, oe and aa, as the municipality's addresses are.

Wagtail keeps Unicode in slugs (``/pileparken-%C3%A5bner/``), which prints badly on posters
and is hard to type. ``BasePage`` passes every new or changed slug through
:func:`danish_slug`; slugs that are already ASCII are left alone, so no existing address
moves.
"""

from django.utils.text import slugify

_DANISH_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ü": "ue", "Ü": "Ue"}
)


def danish_slug(value: str) -> str:
    """An ASCII slug of ``value``: Danish letters transliterated, other accents dropped."""
    return slugify(value.translate(_DANISH_LETTERS))
