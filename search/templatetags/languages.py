"""``{% language_switcher %}``: links to the current page in the site's other languages."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from core.querysets import visible_translation
from home.templatetags.navigation import get_home_page

register = template.Library()


def _language_home_url(request, language_code: str) -> str:
    """The front page in ``language_code`` (the site's language prefix, e.g. /en/)."""
    home = get_home_page(request)
    if home is not None:
        translated = visible_translation(home, language_code)
        if translated is not None:
            url = translated.get_url(request)
            if url:
                return url
    return translate_url("/", language_code)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """One entry per content language: the current one, or a link to the same content.

    On a Wagtail page the link goes to its translation; if there is none (or it is not
    published) the entry says so and links to that language's front page. Elsewhere (search)
    the same URL under the other language's prefix is used.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language() or settings.LANGUAGE_CODE
    is_page = isinstance(page, Page) and page.locale_id is not None
    items = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        item = {"code": code, "name": name, "current": code == current, "url": None}
        if item["current"] or request is None:
            items.append(item)
            continue
        if is_page:
            target = visible_translation(page, code)
            url = target.get_url(request) if target is not None else None
            if url:
                item["url"] = url
            else:
                item["missing"] = True
                item["url"] = _language_home_url(request, code)
        else:
            item["url"] = translate_url(request.get_full_path(), code)
        items.append(item)
    return {"items": items}
