"""``{% activity_signup page %}``: the sign-up box on an activity page (places left, the link).

Lives here, not in ``activities``, so the activity calendar needs no import of this app; the
activity page's template loads the tag library by name.
"""

from django import template
from django.utils import timezone

from signups.models import SignupOption

register = template.Library()


@register.inclusion_tag("signups/activity_signup.html")
def activity_signup(page):
    now = timezone.now()
    options = []
    for option in SignupOption.objects.filter(activity=page).select_related("activity"):
        _start, end = option.span()
        if end <= now:
            continue
        options.append((option, option.places_left(), option.closed_reason(now)))
    options.sort(key=lambda row: row[0].starts_at)
    return {"options": options}
