"""Hearings on other pages: the notice on a related page and the home page's open hearings."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone

from core.querysets import in_locale

from ..models import HearingPage
from ..state import State

register = template.Library()


def hearings_about(page, today=None) -> list[HearingPage]:
    """Public hearings, upcoming or open, that name ``page`` as a related page."""
    today = today or timezone.localdate()
    hearings = (
        HearingPage.objects.listable()
        .filter(related_pages__page_id=page.pk, deadline__gte=today)
        .order_by("deadline", "pk")
        .distinct()
    )
    return [h for h in hearings if h.state in (State.UPCOMING, State.OPEN)]


def hearing_notice(page) -> str:
    hearings = hearings_about(page)
    if not hearings:
        return ""
    return render_to_string("hearings/includes/notice.html", {"hearings": hearings})


@register.simple_tag
def open_hearings(count: int, locale_id=None) -> list:
    """The hearings citizens can answer now, deadline soonest first."""
    return in_locale(HearingPage.objects.all(), locale_id).open_now()[:count]
