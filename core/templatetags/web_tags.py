"""Small presentation helpers for the public templates."""

from django import template

from core.querysets import is_listable

register = template.Library()

DANISH_ALPHABET = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Æ", "Ø", "Å"]


@register.filter
def letter_index(groups) -> list[tuple[str, object]]:
    """Every letter A–Å (and "#" when used) with what ``groups`` (``(letter, value)`` pairs)
    has for it, e.g. the page its first entry is on; ``False`` for a letter without entries."""
    present = dict(groups)
    letters = DANISH_ALPHABET + (["#"] if "#" in present else [])
    return [(letter, present.get(letter, False)) for letter in letters]


@register.filter
def linkable(page) -> bool:
    """Whether a visitor can open ``page`` (``core.querysets.is_listable``).

    For pages chosen in a field (an activity's facility, an association's meeting place),
    which may since have been unpublished or restricted.
    """
    return is_listable(page)


@register.simple_tag(takes_context=True)
def page_notices(context, page) -> str:
    """Notices other apps show on ``page``: each ``page_notices`` hook's HTML, in order.

    How a higher app (hearings: "Høring: svar senest …") puts something on a lower app's
    page (a renovation project) without that app importing it.
    """
    from django.utils.html import format_html_join
    from wagtail import hooks

    parts = [fn(page, context.get("request")) for fn in hooks.get_hooks("page_notices")]
    # A hook's safe HTML stays as it is; a plain string it returns is escaped.
    return format_html_join("", "{}", ((part,) for part in parts if part))
