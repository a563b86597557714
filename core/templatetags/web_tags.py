"""Small presentation helpers for the public templates."""

from django import template

register = template.Library()

DANISH_ALPHABET = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Æ", "Ø", "Å"]


@register.filter
def letter_index(groups) -> list[tuple[str, bool]]:
    """Every letter A–Å (and "#" when used) with whether ``groups`` has entries for it."""
    present = {letter for letter, _items in groups}
    letters = DANISH_ALPHABET + (["#"] if "#" in present else [])
    return [(letter, letter in present) for letter in letters]
