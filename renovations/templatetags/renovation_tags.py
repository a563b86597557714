"""Template helpers for renovation projects, including the home page's "current renovations"."""

from django import template

from core.querysets import in_locale
from renovations.models import RenovationProjectPage

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


@register.simple_tag
def current_renovations(count: int, locale_id=None) -> list:
    """The public projects under way, in the language of ``locale_id`` (every one if None)."""
    projects = in_locale(RenovationProjectPage.objects.current(), locale_id)
    return list(projects[:count])
