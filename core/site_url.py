"""The site's public address: one setting, ``SITE_URL``, written into the default Wagtail Site.

Every absolute URL the project makes (sitemap, RSS, iCal, API ``detail_url``/``html_url``,
screen QR codes, emails) comes from the default Site's ``root_url``: Wagtail's own
``get_full_url`` reads it, and the few routes that are not pages use :func:`absolute_url`.
``ensure_default_site`` sets the Site's hostname and port from ``SITE_URL``; it runs after
every ``migrate`` (``core.apps``) and when the demo is seeded, so a development server at
``http://127.0.0.1:8000`` links to itself and production to ``https://www.vallensbaek.dk``.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


class SiteAddress(NamedTuple):
    hostname: str
    port: int


def site_address(url: str | None = None) -> SiteAddress:
    """``SITE_URL`` (or ``url``) as the hostname and port of a Wagtail Site.

    Wagtail spells a Site's scheme through its port (443 is https, anything else http), so an
    address it cannot express, or one with a path, is a configuration error, not a silent
    change of the links.
    """
    url = url or settings.SITE_URL
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must be http(s)://host[:port], got {url!r}")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"SITE_URL must not have a path or query, got {url!r}")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured(f"SITE_URL: https is only possible on port 443, got {url!r}")
    if parts.scheme == "http" and port == 443:
        raise ImproperlyConfigured(f"SITE_URL: port 443 means https, got {url!r}")
    return SiteAddress(parts.hostname, port)


def ensure_default_site(site=None, using: str = "default"):
    """Give the default Site (or ``site``) the hostname and port of ``SITE_URL``.

    Returns the Site, or None when there is none yet (an empty database); saves only when
    something changed, so running it after every ``migrate`` costs nothing.
    """
    from wagtail.models import Site

    site = site or Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    address = site_address()
    if (site.hostname, site.port) != tuple(address):
        site.hostname, site.port = address
        if site.pk:
            site.save(using=using, update_fields=["hostname", "port"])
    return site


def site_root_url() -> str:
    """The default Site's root URL without a trailing slash (``SITE_URL`` when none exists)."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.SITE_URL.rstrip("/")
    return site.root_url


def absolute_url(path: str) -> str:
    """A site path (``/sitemap.xml``) as an absolute URL on the site's one address."""
    return site_root_url() + path


def ensure_after_migrate(sender, using="default", **kwargs) -> None:
    """``post_migrate`` receiver: keep the default Site on ``SITE_URL``."""
    ensure_default_site(using=using)
