"""``{% head_metadata %}``: canonical, Open Graph, hreflang and JSON-LD for the current page."""

from django import template

from core.metadata import head_metadata as build_head_metadata

register = template.Library()


@register.inclusion_tag("includes/head_metadata.html", takes_context=True)
def head_metadata(context) -> dict:
    """Nothing outside Wagtail pages (search results are not for search engines)."""
    page = context.get("page")
    request = context.get("request")
    if request is None or not hasattr(page, "meta_description"):
        return {}
    municipality = context.get("municipality")
    return build_head_metadata(page, request, getattr(municipality, "name", "") or "")
