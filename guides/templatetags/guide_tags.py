"""Template helpers for the association guides."""

from django import template

from guides.models import GuidePage

register = template.Library()


@register.simple_tag
def guide_neighbours(page) -> dict:
    """The previous and next public guide in the guide index's order (by title)."""
    parent = page.get_parent()
    guides = list(
        GuidePage.objects.listable().child_of(parent).order_by("title", "pk").only("title")
    )
    ids = [guide.pk for guide in guides]
    if page.pk not in ids:
        return {}
    i = ids.index(page.pk)
    return {
        "previous": guides[i - 1] if i > 0 else None,
        "next": guides[i + 1] if i + 1 < len(guides) else None,
    }
