"""``{% subscribe_link page %}`` / ``{% subscribe_link topic=topic %}``: "Få besked om …".

A plain link to the subscribe form with the target chosen: works without JavaScript. It
renders nothing for a page that cannot be subscribed to.
"""

from django import template

from subscriptions import targets
from subscriptions.views import subscribe_url

register = template.Library()


@register.inclusion_tag("subscriptions/subscribe_link.html")
def subscribe_link(page=None, topic=None):
    if topic is not None:
        return {"url": subscribe_url(topic), "topic": topic}
    if page is not None and targets.kind_of_page(page):
        return {"url": subscribe_url(page), "name": page.title}
    return {}
