"""Cache tags: what a public response shows, so a change purges exactly the responses showing it.

While a request runs, one collector (a context variable, started by
``core.page_cache.PageCacheMiddleware``) gathers the tags of everything loaded to answer it:

- ``p<id>``: every page instance loaded (the page itself, its ancestors, the cards of a
  listing, linked pages): a ``post_init`` receiver on every page model, so no view tags by hand;
- ``l:<app_label>.<model>``: every ``listable()`` query of that page type (a listing, a feed,
  the sitemap, the API's listings): a page of that type published later appears there too;
- ``menu``: the main navigation (the home page's children) and the accessibility statement link;
- ``t:<translation key>``: the language switcher of a page's translations;
- ``i<id>``: every image (or rendition of it) loaded;
- ``m:<app_label>.<model>``: every other model whose rows appear in public output
  (``core.cache_versions.invalidates``), e.g. ``m:screens.alert`` for the alert banner;
- ``all``: every response, for the few changes that can alter any output (the site, a view
  restriction, a site setting).

:func:`response_tags` shortens the set: a page's ``p<id>`` is left out when a listing tag of its
type is there already (a change to the page purges that tag anyway). The tags go out in the
``CACHE_TAG_HEADER`` header (``xkey`` for Varnish' xkey vmod, ``Surrogate-Key`` for Fastly,
``Cache-Tag`` for Cloudflare).

:func:`purge` makes every local page-cache entry with one of the tags stale (a tag → version map
in the cache: an entry remembers the versions of its tags and is stale once one has moved) and
asks the frontend cache (``core.cache_purge``) to drop them too.
"""

import contextvars
import time

from django.conf import settings
from django.core.cache import cache

ALL = "all"
MENU = "menu"
#: Longer headers are cut down to the listing and other tags (``l:wagtailcore.page`` covers
#: every page): Varnish refuses response headers past ``http_resp_hdr_len`` (8 KB).
MAX_HEADER_LENGTH = 6000
GENERIC_LISTING = "l:wagtailcore.page"
#: Set on a response one of whose tags was purged while it was rendered (see
#: ``core.page_cache``): a frontend cache must not keep it (``deploy/varnish/vcms.vcl``).
RACED_HEADER = "X-Purged-While-Rendering"


class Collector:
    __slots__ = ("pages", "tags")

    def __init__(self):
        self.tags: set[str] = {ALL}
        #: page id → the listing tags of its page types (``l:activities.activitypage``, ...).
        self.pages: dict[int, tuple[str, ...]] = {}


_current: contextvars.ContextVar[Collector | None] = contextvars.ContextVar(
    "vcms_cache_tags", default=None
)


def start() -> contextvars.Token:
    """Begin collecting for this request; pass the token to :func:`stop`."""
    return _current.set(Collector())


def stop(token: contextvars.Token) -> None:
    _current.reset(token)


def collector() -> Collector | None:
    return _current.get()


def add(*tags: str) -> None:
    """Tag the response being built (nothing happens outside a request)."""
    current = _current.get()
    if current is not None:
        current.tags.update(tags)


def model_tag(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def listing_tag(model) -> str:
    return f"l:{model_tag(model)}"


def page_types(model) -> tuple[str, ...]:
    """Listing tags of a page model and every concrete page model it inherits from."""
    from wagtail.models import Page

    return tuple(
        listing_tag(klass)
        for klass in model.__mro__
        if isinstance(klass, type)
        and issubclass(klass, Page)
        and not klass._meta.abstract
        and not klass._meta.proxy
    )


_page_types_memo: dict[type, tuple[str, ...]] = {}


def add_page(page) -> None:
    current = _current.get()
    if current is None or page.pk is None:
        return
    klass = type(page)
    labels = _page_types_memo.get(klass)
    if labels is None:
        labels = _page_types_memo[klass] = page_types(klass)
    current.pages[page.pk] = labels


def add_listing(model) -> None:
    add(listing_tag(model))


def translation_tag(page) -> str:
    """The language switcher of every translation of ``page``."""
    return f"t:{page.translation_key}"


def page_tags(page) -> set[str]:
    """What publishing, unpublishing, moving or deleting ``page`` purges."""
    klass = getattr(page, "specific_class", None) or type(page)
    tags = {f"p{page.pk}", *page_types(klass), *page_types(type(page))}
    if getattr(page, "translation_key", None):
        tags.add(translation_tag(page))
    if page.depth is not None and page.depth <= 3:
        tags.add(MENU)  # the home page or one of its children: the main navigation
    return tags


def response_tags(current: Collector) -> list[str]:
    """The collected tags, shortened (see the module docstring), sorted."""
    tags = set(current.tags)
    for pk, labels in current.pages.items():
        if not tags.intersection(labels):
            tags.add(f"p{pk}")
    result = sorted(tags)
    if len(" ".join(result)) > MAX_HEADER_LENGTH:
        result = sorted({tag for tag in tags if not tag.startswith("p")} | {GENERIC_LISTING})
    return result


def header_name() -> str:
    return getattr(settings, "CACHE_TAG_HEADER", "xkey")


def header_value(tags) -> str:
    separator = ", " if header_name().lower() == "cache-tag" else " "
    return separator.join(tags)


#: Models whose change purges only their own tag (``i<id>`` for images), not ``all``.
_exact: set = set()


def tag_exactly(model) -> None:
    """Declare that responses showing ``model`` are tagged whenever its rows are loaded (and
    also where none is loaded but one could show, like the alert banner), so a change to it
    purges ``m:<app_label>.<model>`` (``i<id>`` for an image) instead of ``all``."""
    _exact.add(model)


def is_exact(model) -> bool:
    return any(klass in _exact for klass in model.__mro__)


# The local page cache's tag versions --------------------------------------------------------


def _key(tag: str) -> str:
    return f"vcms:tag:{tag}"


def now() -> int:
    """Microseconds since the epoch: a tag's version is the moment it was last purged."""
    return time.time_ns() // 1000


def versions(tags, created: int) -> dict[str, int]:
    """The current version of each tag; a tag never seen (or evicted) starts at ``created``.

    An evicted version comes back newer than any entry stored before holds: those go stale.
    """
    keys = {tag: _key(tag) for tag in tags}
    found = cache.get_many(list(keys.values()))
    missing = [key for key in keys.values() if key not in found]
    if missing:
        for key in missing:
            cache.add(key, created, None)
        found.update(cache.get_many(missing))
    # Still missing only when the cache is unreachable: nothing is stored then anyway.
    return {tag: found.get(key, created + 1) for tag, key in keys.items()}


def still_fresh(stored: dict[str, int]) -> bool:
    """Whether no tag of a stored entry was purged since it was stored."""
    if not stored:
        return False
    found = cache.get_many([_key(tag) for tag in stored])
    return all(found.get(_key(tag)) == version for tag, version in stored.items())


def purged_since(tags, moment: int) -> bool:
    """Whether one of ``tags`` was purged after ``moment`` (``now()``): a response rendered
    since then may show the state before that change."""
    if not tags:
        return False
    found = cache.get_many([_key(tag) for tag in tags])
    return any(version > moment for version in found.values())


def bump(tags) -> None:
    """Move the tags' versions to now: every entry stored with an older version is stale."""
    moment = now()
    cache.set_many({_key(tag): moment for tag in tags}, None)


def purge(tags) -> None:
    """Make every response showing one of ``tags`` stale: locally and in the frontend cache."""
    from core import cache_purge

    tags = sorted(set(tags))
    if not tags:
        return
    bump(tags)
    cache_purge.purge_tags(tags)
