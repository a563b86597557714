"""``{% municipality as municipality %}``: the site's ``core.MunicipalitySettings``.

Wagtail's ``settings`` context processor would create the settings row on a visitor's first
request; this tag only reads (see ``MunicipalitySettings.for_request_or_empty``).
"""

from django import template

from core.models import MunicipalitySettings

register = template.Library()


@register.simple_tag(takes_context=True)
def municipality(context) -> MunicipalitySettings:
    return MunicipalitySettings.for_request_or_empty(context.get("request"))
