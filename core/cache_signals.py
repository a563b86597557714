"""The one place where changes are connected to the content versions (``core.cache_versions``)
and to the cache tags (``core.cache_tags``).

- A page published, unpublished (by hand or by ``publish_scheduled`` at its expiry), moved or
  deleted bumps every counter (the API's ETags and the screen feeds) and purges exactly its
  cache tags (``cache_tags.page_tags``: the page, the listings of its type, the menu for a
  top-level page) from the local page cache and the frontend cache. Saving a draft bumps
  nothing: no public output shows it.
- Any other model bumps the counters declared for it with ``cache_versions.invalidates()``
  (its own app declares it); one receiver per signal looks the sender up, so an app declares
  a model without connecting anything itself. When its rows appear on pages (``PAGES``) it
  purges its own tag if the app declared it with ``cache_tags.tag_exactly()`` (images,
  documents, the alert), else the ``all`` tag.
- Loading a page, image, rendition or declared model while a request is answered tags the
  response (one ``post_init`` receiver), so views never tag by hand.

Each bump happens at once and again when the transaction commits: child rows and
many-to-many links are saved after the parent's signal fires, and a request that rebuilt a
cache entry in between must not keep that half-saved state.

``connect()`` is called from ``CoreConfig.ready()``.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import cache_purge, cache_tags, cache_versions

#: What a page change bumps.
PAGE_COUNTERS = cache_versions.COUNTERS


def bump(*names: str) -> None:
    cache_versions.bump(*names)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache_versions.bump(*names))


def purge(tags) -> None:
    """Purge ``tags`` at once and again when the transaction commits (see ``bump``); the
    frontend cache is told once, after the commit, when the new state is readable."""
    tags = sorted(set(tags))
    if transaction.get_connection().in_atomic_block:
        cache_tags.bump(tags)
        transaction.on_commit(lambda: cache_tags.purge(tags))
    else:
        cache_tags.purge(tags)


def _page_published_or_unpublished(sender, instance, **kwargs) -> None:
    bump(*PAGE_COUNTERS)
    purge(cache_tags.page_tags(instance))
    cache_purge.purge_related(instance)


def _page_moved(sender, instance, **kwargs) -> None:
    bump(*PAGE_COUNTERS)
    purge(cache_tags.page_tags(instance))


def _model_tags(sender, instance) -> set[str]:
    if cache_versions.PAGES not in cache_versions.counters_for(sender):
        return set()
    if not cache_tags.is_exact(sender):
        return {cache_tags.ALL}
    if isinstance(instance, AbstractImage):
        return {f"i{instance.pk}"}
    return {f"m:{cache_tags.model_tag(sender)}"}


def _saved_or_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        # Saving a page row is a draft save unless a publish signal says otherwise; a
        # deleted page leaves every output it was on.
        if kwargs.get("signal") is post_delete:
            bump(*PAGE_COUNTERS)
            purge(cache_tags.page_tags(instance))
        return
    counters = cache_versions.counters_for(sender)
    if counters:
        bump(*counters)
        purge(_model_tags(sender, instance))


def _m2m_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_"):
        counters = cache_versions.counters_for(sender)
        if counters:
            bump(*counters)
            if cache_versions.PAGES in counters:
                purge({cache_tags.ALL})


#: model class → how loading one tags the response ("page", "image", "rendition", "model", "").
_kinds: dict[type, str] = {}


def _kind(model) -> str:
    if issubclass(model, Page):
        return "page"
    if issubclass(model, AbstractImage):
        return "image"
    if issubclass(model, AbstractRendition):
        return "rendition"
    if cache_versions.PAGES in cache_versions.counters_for(model):
        return "model"
    return ""


def _loaded(sender, instance, **kwargs) -> None:
    if cache_tags.collector() is None:
        return
    kind = _kinds.get(sender)
    if kind is None:
        kind = _kinds[sender] = _kind(sender)
    if kind == "page":
        cache_tags.add_page(instance)
    elif kind == "image" and instance.pk is not None:
        cache_tags.add(f"i{instance.pk}")
    elif kind == "rendition" and instance.image_id is not None:
        cache_tags.add(f"i{instance.image_id}")
    elif kind == "model":
        cache_tags.add(f"m:{cache_tags.model_tag(sender)}")


def connect() -> None:
    page_published.connect(_page_published_or_unpublished, dispatch_uid="vcms-cache-published")
    page_unpublished.connect(_page_published_or_unpublished, dispatch_uid="vcms-cache-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="vcms-cache-moved")
    post_save.connect(_saved_or_deleted, dispatch_uid="vcms-cache-saved")
    post_delete.connect(_saved_or_deleted, dispatch_uid="vcms-cache-deleted")
    m2m_changed.connect(_m2m_changed, dispatch_uid="vcms-cache-m2m")
    post_init.connect(_loaded, dispatch_uid="vcms-cache-tags-loaded")
