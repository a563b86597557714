"""Danish alphabetical order (A–Z, then Æ, Ø, Å) independent of the database collation.

PostgreSQL's collation depends on how the cluster was created (``C`` sorts Å before Æ,
``en_US`` files Æ under A), so short public listings are sorted in Python instead.
"""

import unicodedata

# Æ, Ø and Å come after Z; ä/ö are the Swedish/German spellings of æ/ø.
_AFTER_Z = {"æ": "{", "ø": "|", "å": "}"}
_EQUIVALENTS = {"ä": "æ", "ö": "ø", "aa": "å"}


def _fold(text: str) -> str:
    text = text.casefold()
    for variant, letter in _EQUIVALENTS.items():
        text = text.replace(variant, letter)
    out = []
    for char in text:
        if char in _AFTER_Z:
            out.append(char)
            continue
        # Drop accents: é sorts as e, ü as u.
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        )
    return "".join(out)


def danish_sort_key(text: str) -> str:
    """A key that sorts strings the way a Danish reader expects."""
    return "".join(_AFTER_Z.get(char, char) for char in _fold(text))


def initial_letter(text: str) -> str:
    """The letter a Danish index files ``text`` under ("#" for digits and symbols)."""
    folded = _fold(text.strip())
    first = folded[:1]
    return first.upper() if first.isalpha() else "#"
