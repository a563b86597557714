"""``sitemap.xml`` with every language's pages, and only pages the public may open."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.querysets import listable


class ListableSitemap(Sitemap):
    """Wagtail's sitemap, extended to the site's translations and without expired pages.

    Wagtail lists the live, public descendants of the site's root page only: that leaves out
    the English tree (a sibling of the Danish home page) and includes pages whose expiry time
    has passed but which ``publish_scheduled`` has not unpublished yet.

    A page with a published translation lists it, and the Danish page as ``x-default``, as
    ``xhtml:link`` alternates (the same links as the page's ``hreflang`` tags). They are found
    among the pages of the same sitemap page (50 000 URLs), so no query per page.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return (
            listable(pages)
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        entries = []
        translations = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                entries.append((item, url_info))
                translations[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": url_info["location"]}
                )
        for item, url_info in entries:
            versions = translations[item.translation_key]
            if len(versions) > 1:
                default = next(
                    (v for v in versions if v["lang_code"] == settings.LANGUAGE_CODE), versions[0]
                )
                url_info = {
                    **url_info,
                    "alternates": [
                        *versions,
                        {"lang_code": "x-default", "location": default["location"]},
                    ],
                }
            urls.append(url_info)
            last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
