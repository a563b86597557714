"""Optional context processor: ``site_alert`` on every template, for sites that prefer it."""

from django.utils import translation

from .alerts import current_alert


def site_alert(request):
    return {"site_alert": current_alert(translation.get_language() or "da")}
