"""Template helpers for the association guides."""

from django import template

from core.pagination import directory_ids
from guides.models import GuideIndexPage

register = template.Library()


@register.simple_tag
def guide_neighbours(page) -> dict:
    """The previous and next public guide in the guide index's order (by title).

    From the index's remembered order (``GuideIndexPage.directory``): reading every guide to
    find the two took a quarter of a second with 7,000 guides.
    """
    parent = page.get_parent().specific
    if not isinstance(parent, GuideIndexPage):
        return {}
    ids = directory_ids(parent.directory_name, parent.get_guides())
    if page.pk not in ids:
        return {}
    i = ids.index(page.pk)
    wanted = {
        "previous": ids[i - 1] if i > 0 else None,
        "next": ids[i + 1] if i + 1 < len(ids) else None,
    }
    found = parent.get_guides().only("title").in_bulk([pk for pk in wanted.values() if pk])
    return {side: found.get(pk) for side, pk in wanted.items()}
