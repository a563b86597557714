"""What a publish invalidates: the local page cache, and the CDN when one is configured.

Wagtail's ``frontend_cache`` app already purges a published page's own URLs from the CDN.
A page also appears elsewhere — its section's listing, the home page, the feeds and the
sitemap — so those URLs are purged in the same batch here.

The kernel knows neither the feeds nor the apps' snippets: the project names the listing
routes in ``PAGE_LISTING_ROUTES`` (``cms/settings``), and an app whose snippet shows on
every page registers it with :func:`watch_snippet` (``screens`` does, for the urgent alert).
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.page_cache import bump_content_version

#: The kernel's snippets shown on public pages; saving one refreshes every cached page.
SNIPPETS_ON_PAGES = ["core.Topic", "core.Audience", "core.Contact"]


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
    if "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS:
        return
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(related_urls(page))
    batch.purge()


def _on_page_change(sender, instance, **kwargs):
    bump_content_version()
    purge_related(instance)


def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def watch_snippet(model) -> None:
    """Refresh every cached page whenever a ``model`` row is saved or deleted."""
    label = model._meta.label
    post_save.connect(bump_content_version, sender=model, dispatch_uid=f"vcms-cache-{label}")
    post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"vcms-cache-del-{label}")


def connect() -> None:
    """Wire the receivers (called from ``CoreConfig.ready``)."""
    page_published.connect(_on_page_change, dispatch_uid="vcms-cache-published")
    page_unpublished.connect(_on_page_change, dispatch_uid="vcms-cache-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="vcms-cache-moved")
    post_delete.connect(_on_page_delete, dispatch_uid="vcms-cache-deleted")
    for label in SNIPPETS_ON_PAGES:
        watch_snippet(apps.get_model(label))
