"""``{% association_honours page %}``: celebrated winners on an association's page."""

from django import template

from recognition.models import Nomination

register = template.Library()


@register.inclusion_tag("recognition/includes/honours.html")
def association_honours(association):
    """Winners of this association whose celebration page is live and public."""
    honours = (
        Nomination.objects.celebrated()
        .filter(association=association)
        .select_related("celebration_page")
        .order_by("-year", "nominee_name")
    )
    return {"honours": list(honours)}
