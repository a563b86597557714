"""What a publish purges from the CDN, when one is configured.

By tag (``TagPurgeBackend``, below): ``core.cache_tags.purge`` sends exactly the tags of what
changed to Varnish (xkey) or a ``Surrogate-Key`` CDN. By URL (the older way, for CDNs without
tags):

Wagtail's ``frontend_cache`` app already purges a published page's own URLs from the CDN.
A page also appears elsewhere — its section's listing, the home page, the feeds and the
sitemap — so those URLs are purged in the same batch here. ``core.cache_signals`` calls
:func:`purge_related` on every publish and unpublish, next to bumping the local caches.

The kernel knows no feed: the project names the listing routes in ``PAGE_LISTING_ROUTES``
(``cms/settings``).
"""

import logging
from http.client import HTTPConnection, HTTPSConnection
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page

logger = logging.getLogger(__name__)


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
    from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends

    url_backends = [
        name
        for name, backend in get_backends().items()
        if not isinstance(backend, TagPurgeBackend)
    ]
    if not url_backends:
        return  # tag purges reach every listing already
    batch = PurgeBatch()
    batch.add_urls(related_urls(page))
    batch.purge(backends=url_backends)


def purge_tags(tags) -> None:
    """Send a purge of ``tags`` to every configured frontend cache that purges by tag
    (``TagPurgeBackend``); the others are told by URL (``purge_related``)."""
    if "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS:
        return
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import get_backends

    for backend in get_backends().values():
        if isinstance(backend, TagPurgeBackend):
            backend.purge_tags(tags)


class TagPurgeBackend(BaseBackend):
    """A Wagtail frontend-cache backend that purges by cache tag (``core.cache_tags``).

    - Varnish with the xkey vmod (``deploy/varnish/vcms.vcl``): ``PURGE <LOCATION>`` with the
      header ``xkey-purge: p12 l:activities.activitypage`` (the defaults).
    - Fastly (``Surrogate-Key`` mode): ``METHOD: "POST"``, ``LOCATION:
      "https://api.fastly.com/service/<id>/purge"``, ``HEADER: "Surrogate-Key"`` and
      ``HEADERS: {"Fastly-Key": "<token>"}``; the responses carry ``CACHE_TAG_HEADER =
      "Surrogate-Key"``.

    A single URL (Wagtail's own purge of a published page) is sent as a plain ``PURGE <url>``
    to ``LOCATION``'s host. A purge that fails is logged; the entries expire by themselves
    (``s-maxage``, at most ``PAGE_CACHE_SECONDS``).
    """

    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"]
        self.method = params.get("METHOD", "PURGE")
        self.header = params.get("HEADER", "xkey-purge")
        self.headers = dict(params.get("HEADERS", {}))
        self.timeout = params.get("TIMEOUT", 2)
        #: Tags per request: long header lines are refused by caches (8 KB in Varnish).
        self.batch_size = params.get("BATCH_SIZE", 200)

    def _send(self, url: str, headers: dict[str, str]) -> None:
        parts = urlsplit(url)
        connection_class = HTTPSConnection if parts.scheme == "https" else HTTPConnection
        connection = connection_class(parts.netloc, timeout=self.timeout)
        try:
            connection.request(self.method, parts.path or "/", headers={**self.headers, **headers})
            response = connection.getresponse()
            response.read()
            if response.status >= 400:
                logger.error("Cache purge at %s answered %s", url, response.status)
        except OSError as error:
            logger.error("Cache purge at %s failed: %s", url, error)
        finally:
            connection.close()

    def purge_tags(self, tags) -> None:
        tags = list(tags)
        for start in range(0, len(tags), self.batch_size):
            self._send(
                self.location, {self.header: " ".join(tags[start : start + self.batch_size])}
            )

    def purge(self, url) -> None:
        target = urlsplit(url)
        location = urlsplit(self.location)
        path = target.path + (f"?{target.query}" if target.query else "")
        self._send(f"{location.scheme}://{location.netloc}{path}", {"Host": target.netloc})
