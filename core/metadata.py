"""What search engines and link previews read in a page's head (#14.11).

One function, :func:`head_metadata`, gathers it for the include
``templates/includes/head_metadata.html``: the meta description, the canonical URL, Open
Graph tags, ``hreflang`` alternates of the published translations and the page's schema.org
JSON-LD (``page.json_ld(request)``, a method of each page type). Every URL is absolute on the
site's one address (``core.site_url``).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from .querysets import visible_translation
from .site_url import absolute_url

#: Open Graph spells a locale language_TERRITORY.
OG_LOCALES = {"da": "da_DK", "en": "en_GB"}
OG_IMAGE_FILTER = "fill-1200x630"
#: Inside <script>, "</script>" or "<!--" in a text would end or change the element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, language_code)


def full_image_url(image, filter_spec: str = OG_IMAGE_FILTER) -> str:
    """An absolute URL of a rendition of ``image`` (relative media URLs on the site's address)."""
    url = image.get_rendition(filter_spec).url
    return url if url.startswith(("http://", "https://")) else absolute_url(url)


def json_ld_script(data) -> str:
    """``data`` as the body of a ``<script type="application/ld+json">``, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    # Escaped just above: the JSON cannot close the element.
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # nosec B308 B703


def alternates(page, request) -> list[dict]:
    """``hreflang`` links: the page in every content language it is published in, and
    ``x-default`` (the Danish page); empty when the page has no published translation."""
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        translation = visible_translation(page, code)
        url = translation.get_full_url(request) if translation is not None else None
        if url:
            links.append({"hreflang": code, "href": url})
    if len(links) < 2:
        return []
    default = next(
        (link for link in links if link["hreflang"] == settings.LANGUAGE_CODE), links[0]
    )
    return [*links, {"hreflang": "x-default", "href": default["href"]}]


def share_image(page):
    """The page's own image and alt text, else its site's front page's (link previews)."""
    for candidate in (page, _site_root(page)):
        image = getattr(candidate, "image", None)
        if image is not None:
            return image, getattr(candidate, "image_alt", "") or ""
    return None, ""


def _site_root(page):
    site = page.get_site()
    return site.root_page.localized.specific if site is not None else None


def head_metadata(page, request, site_name: str = "") -> dict:
    """Everything ``includes/head_metadata.html`` writes for ``page``."""
    canonical = page.get_full_url(request)
    language = page.locale.language_code if page.locale_id else settings.LANGUAGE_CODE
    image, image_alt = share_image(page)
    links = alternates(page, request)
    data = page.json_ld(request) if hasattr(page, "json_ld") else None
    return {
        "description": page.meta_description(),
        "canonical": canonical,
        "title": page.seo_title or page.title,
        "site_name": site_name,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": og_locale(language),
        "og_locale_alternates": [
            og_locale(link["hreflang"])
            for link in links
            if link["hreflang"] not in {language, "x-default"}
        ],
        "image_url": full_image_url(image) if image is not None else "",
        "image_alt": image_alt,
        "alternates": links,
        "json_ld": json_ld_script(data) if data else "",
    }


# schema.org shapes the page types' ``json_ld`` methods share ------------------------------

SCHEMA = "https://schema.org"


def government_organization(request, page) -> dict:
    """The municipality as a ``GovernmentOrganization`` (its site settings, its front page)."""
    from .models import MunicipalitySettings

    details = MunicipalitySettings.for_request_or_empty(request)
    site = page.get_site()
    root = site.root_page.localized if site is not None else page
    data = {
        "@type": "GovernmentOrganization",
        "name": details.name or root.title,
        "url": root.get_full_url(request),
    }
    if details.phone:
        data["telephone"] = details.phone
    if details.email:
        data["email"] = details.email
    if details.street_address:
        data["address"] = postal_address(details.street_address, details.postcode, details.city)
    if details.pk:
        same_as = [link.url for link in details.social_links.all() if link.url]
        if same_as:
            data["sameAs"] = same_as
    return data


def postal_address(street: str, postcode: str = "", city: str = "") -> dict:
    address = {"@type": "PostalAddress", "streetAddress": street, "addressCountry": "DK"}
    if postcode:
        address["postalCode"] = postcode
    if city:
        address["addressLocality"] = city
    return address


def with_context(data: dict) -> dict:
    return {"@context": SCHEMA, **data}
