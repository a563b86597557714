"""``sitemap.xml`` with every language's pages, and only pages the public may open."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.querysets import listable


class ListableSitemap(Sitemap):
    """Wagtail's sitemap, extended to the site's translations and without expired pages.

    Wagtail lists the live, public descendants of the site's root page only: that leaves out
    the English tree (a sibling of the Danish home page) and includes pages whose expiry time
    has passed but which ``publish_scheduled`` has not unpublished yet.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return listable(pages).order_by("path").defer_streamfields().specific()
