"""What a publish purges from the CDN, when one is configured.

Wagtail's ``frontend_cache`` app already purges a published page's own URLs from the CDN.
A page also appears elsewhere — its section's listing, the home page, the feeds and the
sitemap — so those URLs are purged in the same batch here. ``core.cache_signals`` calls
:func:`purge_related` on every publish and unpublish, next to bumping the local caches.

The kernel knows no feed: the project names the listing routes in ``PAGE_LISTING_ROUTES``
(``cms/settings``).
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page


def related_urls(page: Page) -> list[str]:
    """Full URLs that list ``page``: its ancestors (home, section), the feeds, the sitemap."""
    urls = []
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific(defer=True):
        url = ancestor.get_full_url()
        if url:
            urls.append(url)
    home = page.get_ancestors().filter(depth=2).first()
    root_url = home.get_site().root_url if home is not None and home.get_site() else ""
    language = page.locale.language_code if page.locale_id else settings.LANGUAGE_CODE
    with translation.override(language):
        for name in getattr(settings, "PAGE_LISTING_ROUTES", []):
            try:
                urls.append(root_url + reverse(name))
            except NoReverseMatch:
                continue
    return urls


def purge_related(page: Page) -> None:
    """Purge the URLs that list ``page`` from the configured CDN (none: nothing to do)."""
    if "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS:
        return
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(related_urls(page))
    batch.purge()
