"""``{% public_form_link "activity" %}``: the way from a listing to the form that feeds it.

The calendar links "Foreslå en aktivitet", the guides "Del et godt råd". The form page is
found by its type in the visitor's language; a form that is not live and public (a draft,
expired, behind a login) gives no link at all, so a journey never ends on a 404.
"""

from django import template
from django.utils import translation

from submissions.models import ActivitySuggestionPage, GuideSuggestionPage

register = template.Library()

FORMS = {"activity": ActivitySuggestionPage, "guide": GuideSuggestionPage}


def live_form_page(kind: str):
    pages = FORMS[kind].objects.listable()
    in_language = pages.filter(locale__language_code=translation.get_language())
    # Under a language without its own form, the Danish one is better than no way at all.
    return in_language.order_by("path").first() or pages.order_by("path").first()


@register.inclusion_tag("submissions/includes/form_link.html", takes_context=True)
def public_form_link(context, kind: str, text: str):
    return {"form_page": live_form_page(kind), "text": text, "request": context.get("request")}
