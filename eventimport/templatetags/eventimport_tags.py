"""``{% imported_source page %}``: "Kilde: Kultunaut" under an imported activity."""

from django import template

from eventimport.models import ImportedEvent

register = template.Library()


@register.inclusion_tag("eventimport/source.html")
def imported_source(page):
    return {"imported": ImportedEvent.objects.filter(page_id=page.pk).first()}
