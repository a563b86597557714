"""Image renditions in the sizes the website, other frontends and info screens need."""

from django.db.models import Prefetch
from ninja import Schema
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

#: Named renditions every API image carries: two for the web, two for info screens.
RENDITIONS = {
    "web_small": "fill-400x300",
    "web_large": "fill-1200x675",
    "screen_landscape": "fill-1920x1080",
    "screen_portrait": "fill-1080x1920",
}


class RenditionSchema(Schema):
    """One resized copy of an image."""

    url: str
    full_url: str
    width: int
    height: int
    alt: str


class PageImageSchema(Schema):
    """An image as a page uses it: its alt text there and one rendition per ``RENDITIONS``.

    Not named ``ImageSchema``: Django Ninja names OpenAPI components by class name, and
    Wagtail's ``/images/`` schema is called that; sharing the name made ``/images/`` promise
    this shape.
    """

    id: int
    alt: str
    web_small: RenditionSchema | None = None
    web_large: RenditionSchema | None = None
    screen_landscape: RenditionSchema | None = None
    screen_portrait: RenditionSchema | None = None


def image_renditions(image, alt: str | None = None) -> dict | None:
    """Serialise ``image`` with every named rendition, labelled with ``alt``.

    ``alt`` is the alt text written for the image where it is used (a page's
    ``image_alt``); the image's own default alt text is the fallback. Uses renditions
    prefetched with :func:`prefetch_image` and creates the missing ones in one query.
    A missing source file gives ``None`` renditions rather than a failing response.
    """
    if image is None:
        return None
    alt = (alt or "").strip() or image.default_alt_text or ""
    data = {"id": image.pk, "alt": alt}
    try:
        renditions = image.get_renditions(*RENDITIONS.values())
    except SourceImageIOError:
        return data
    for name, spec in RENDITIONS.items():
        rendition = renditions[spec]
        data[name] = {
            "url": rendition.url,
            "full_url": rendition.full_url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": alt,
        }
    return data


def prefetch_image(lookup: str = "image") -> Prefetch:
    """Prefetch the image behind ``lookup`` together with all its API renditions."""
    queryset = get_image_model().objects.prefetch_renditions(*RENDITIONS.values())
    return Prefetch(lookup, queryset=queryset)


#: The former name, for code written before the rename.
ImageSchema = PageImageSchema
