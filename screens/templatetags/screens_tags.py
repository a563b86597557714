"""``{% alert_banner %}``: the active urgent alert as a banner on every website page."""

from django import template
from django.utils import translation

from ..alerts import current_alert

register = template.Library()


@register.inclusion_tag("screens/alert_banner.html")
def alert_banner():
    return {"alert": current_alert(translation.get_language() or "da")}
