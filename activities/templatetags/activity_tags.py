"""Template helpers that list activity dates on other apps' pages.

The home page and the association pages show upcoming activities. Those apps sit below
``activities`` (an activity belongs under the home page and may be organised by an
association), so their templates ask these tags instead of their models querying
``Occurrence``.
"""

from django import template
from django.utils import timezone

from activities.models import Occurrence
from core.querysets import in_locale

register = template.Library()


@register.simple_tag
def upcoming_occurrences(count: int, locale_id=None) -> list:
    """The next dates of every public activity, in the language of ``locale_id``."""
    occurrences = in_locale(
        Occurrence.objects.upcoming(timezone.now()), locale_id, "activity__locale_id"
    )
    return list(occurrences[:count])


@register.simple_tag
def organiser_occurrences(association, count: int = 5) -> list:
    """The next dates of public activities ``association`` organises."""
    return list(Occurrence.objects.upcoming().filter(activity__organiser=association)[:count])
