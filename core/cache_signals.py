"""The one place where changes are connected to the content versions (``core.cache_versions``).

- A page published, unpublished (by hand or by ``publish_scheduled`` at its expiry), moved or
  deleted bumps every counter: a page can appear on any output. A publish or unpublish also
  purges the page's listings from a configured CDN (``core.cache_purge``). Saving a draft
  bumps nothing: no public output shows it.
- Any other model bumps the counters declared for it with ``cache_versions.invalidates()``
  (its own app declares it); one receiver per signal looks the sender up, so an app declares
  a model without connecting anything itself.

Each bump happens at once and again when the transaction commits: child rows and
many-to-many links are saved after the parent's signal fires, and a request that rebuilt a
cache entry in between must not keep that half-saved state.

``connect()`` is called from ``CoreConfig.ready()``.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import cache_purge, cache_versions

#: What a page change bumps.
PAGE_COUNTERS = cache_versions.COUNTERS


def bump(*names: str) -> None:
    cache_versions.bump(*names)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache_versions.bump(*names))


def _page_published_or_unpublished(sender, instance, **kwargs) -> None:
    bump(*PAGE_COUNTERS)
    cache_purge.purge_related(instance)


def _page_moved(sender, instance, **kwargs) -> None:
    bump(*PAGE_COUNTERS)


def _saved_or_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        # Saving a page row is a draft save unless a publish signal says otherwise; a
        # deleted page leaves every output it was on.
        if kwargs.get("signal") is post_delete:
            bump(*PAGE_COUNTERS)
        return
    counters = cache_versions.counters_for(sender)
    if counters:
        bump(*counters)


def _m2m_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_"):
        counters = cache_versions.counters_for(sender)
        if counters:
            bump(*counters)


def connect() -> None:
    page_published.connect(_page_published_or_unpublished, dispatch_uid="vcms-cache-published")
    page_unpublished.connect(_page_published_or_unpublished, dispatch_uid="vcms-cache-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="vcms-cache-moved")
    post_save.connect(_saved_or_deleted, dispatch_uid="vcms-cache-saved")
    post_delete.connect(_saved_or_deleted, dispatch_uid="vcms-cache-deleted")
    m2m_changed.connect(_m2m_changed, dispatch_uid="vcms-cache-m2m")
