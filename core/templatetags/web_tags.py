"""Small presentation helpers for the public templates."""

from django import template

register = template.Library()


@register.filter
def phase_progress(phases) -> dict:
    """``{"done", "total", "percent", "current"}`` for a renovation's phases.

    ``current`` is the first phase in progress (or the first not started), so the page can
    say which phase the work is in.
    """
    phases = list(phases)
    done = sum(1 for phase in phases if phase.status == "done")
    current = next((p for p in phases if p.status == "in_progress"), None) or next(
        (p for p in phases if p.status == "not_started"), None
    )
    total = len(phases)
    return {
        "done": done,
        "total": total,
        "percent": round(100 * done / total) if total else 0,
        "current": current,
    }


DANISH_ALPHABET = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Æ", "Ø", "Å"]


@register.filter
def letter_index(groups) -> list[tuple[str, bool]]:
    """Every letter A–Å (and "#" when used) with whether ``groups`` has entries for it."""
    present = {letter for letter, _items in groups}
    letters = DANISH_ALPHABET + (["#"] if "#" in present else [])
    return [(letter, letter in present) for letter in letters]


@register.simple_tag
def guide_neighbours(page) -> dict:
    """The previous and next public guide in the guide index's order (by title)."""
    from guides.models import GuidePage

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
