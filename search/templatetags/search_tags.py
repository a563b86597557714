"""Template helpers for search results."""

from django import template

from search.types import type_for_page

register = template.Library()


@register.filter
def result_summary(page) -> str:
    """The short text shown under a hit: summary, else intro, hero text or meta description."""
    for attr in ("summary", "intro", "hero_text", "search_description"):
        text = getattr(page, attr, "") or ""
        if text.strip():
            return text
    return ""


@register.filter
def result_type(page) -> str:
    """The name of the kind of content a hit is ("News", "Activities" …), or ""."""
    search_type = type_for_page(page)
    return str(search_type.label) if search_type else ""
