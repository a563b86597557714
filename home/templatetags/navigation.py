"""Site-wide navigation: home page, main menu, breadcrumbs and footer links.

Everything is computed from the request's site and the active language, and only ever shows
pages a visitor may open (``core.querysets.listable``).
"""

from django import template
from wagtail.models import Locale, Page, Site

from core import cache_tags
from core.models import MunicipalitySettings
from core.querysets import listable
from home.models import StandardPage

register = template.Library()

ACCESSIBILITY_STATEMENT_SLUG = "tilgaengelighedserklaering"
_HOME_CACHE_ATTR = "_vcms_home_page"


def get_home_page(request) -> Page | None:
    """The home page of the request's site in the active language (cached on the request)."""
    if request is None:
        return None
    if not hasattr(request, _HOME_CACHE_ATTR):
        site = Site.find_for_request(request)
        home = site.root_page.localized if site else None
        setattr(request, _HOME_CACHE_ATTR, home)
    return getattr(request, _HOME_CACHE_ATTR)


def _menu_pages(home: Page):
    return listable(home.get_children().in_menu(), tags=(cache_tags.MENU,))


@register.simple_tag(takes_context=True)
def home_page(context) -> Page | None:
    """``{% home_page as home %}``: the localized home page, or ``None`` outside a site."""
    return get_home_page(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """The home page's children marked "show in menus", with the current section marked."""
    request = context.get("request")
    home = get_home_page(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    if home is not None:
        for child in _menu_pages(home):
            if current_path == child.path:
                aria_current = "page"
            elif current_path.startswith(child.path):
                aria_current = "true"
            else:
                aria_current = ""
            items.append({"page": child, "aria_current": aria_current})
    return {"request": request, "items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    """The trail from the home page to the current page's parent; empty on the home page."""
    request = context.get("request")
    page = context.get("page")
    crumbs = []
    if isinstance(page, Page):
        home = get_home_page(request)
        home_depth = home.depth if home is not None else 2
        if page.depth > home_depth:
            # Unpublished ancestors would be dead links; their children stay reachable.
            crumbs = list(listable(page.get_ancestors().filter(depth__gte=home_depth), tags=()))
    return {"request": request, "crumbs": crumbs, "page": page}


@register.simple_tag(takes_context=True)
def accessibility_statement(context) -> Page | None:
    """The accessibility statement page in the active language, if one is published."""
    pages = StandardPage.objects.listable(tags=(cache_tags.MENU,)).filter(
        slug=ACCESSIBILITY_STATEMENT_SLUG
    )
    home = get_home_page(context.get("request"))
    if home is not None:
        found = pages.descendant_of(home).first()
        if found is not None:
            return found
    found = pages.filter(locale=Locale.get_active()).first() or pages.first()
    return found.localized if found is not None else None


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    """The site settings' footer links (``core.FooterLink``) as ``{"page", "text"}``.

    Each page in the active language when it has a live translation; pages a visitor cannot
    open are left out (``listable``). The editor's link text is used in the page's own
    language, elsewhere the translated page's title. Three queries, however many links.
    """
    details = MunicipalitySettings.for_request_or_empty(context.get("request"))
    if details.pk is None:
        return []
    links = list(details.footer_links.select_related("page"))
    if not links:
        return []
    keys = [link.page.translation_key for link in links]
    translated = {
        page.translation_key: page
        for page in listable(
            Page.objects.filter(translation_key__in=keys, locale=Locale.get_active()), tags=()
        )
    }
    own = set(
        listable(
            Page.objects.filter(pk__in=[link.page_id for link in links]), tags=()
        ).values_list("pk", flat=True)
    )
    result = []
    for link in links:
        page = translated.get(link.page.translation_key)
        if page is None and link.page_id in own:
            page = link.page
        if page is None:
            continue
        same_language = page.locale_id == link.page.locale_id
        result.append({"page": page, "text": (link.text if same_language else "") or page.title})
    return result
