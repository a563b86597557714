"""One place that decides which uploaded images are accepted, used by every upload path.

Wagtail's own checks are not enough on their own:

- Willow's Pillow plugin reports every image as one frame, so ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``
  does not count the frames of an animated GIF, PNG or WebP;
- Willow decodes the whole first frame (``Image.load()``) *before* Wagtail compares the pixel
  count with the limit, so an image just under Pillow's own bomb guard (~179 megapixels) is
  decoded in full, hundreds of megabytes, before it is refused;
- a damaged or truncated file makes that decoding raise ``OSError``, which is a server error
  (500) rather than a form error.

:func:`validate_image_upload` therefore reads only the header first (format, size, frame count)
and decodes the pixels only when the total, all frames counted, is within the limit. It runs in
:class:`ImageUploadField`, which the admin's image forms (add, edit, multiple upload, chooser
upload, and the API v3 ``POST /images/`` endpoint, all built by ``get_image_form``) get through
``WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ImageForm"``, and which the public suggestion
forms use directly. A file that passes is then stored without its metadata (EXIF with GPS,
XMP, comments) and under a private name: ``core.image_metadata``.
"""

from __future__ import annotations

import os
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms import FileField
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageSequence
from wagtail.images.fields import WagtailImageField

from core.image_metadata import clean_upload

#: Extensions an image may ever have, and the formats Pillow must find inside. SVG is never
#: on this list: it is a document that can carry scripts, not a picture. ``MPO`` is how Pillow
#: names the JPEG files many cameras write (a JPEG with a preview image appended).
IMAGE_FORMATS = {
    "jpg": {"JPEG", "MPO"},
    "jpeg": {"JPEG", "MPO"},
    "png": {"PNG"},
    "gif": {"GIF"},
    "webp": {"WEBP"},
}
#: Formats whose extra frames are shown (animations). A camera JPEG's preview image is never
#: decoded, so it does not count.
ANIMATED_FORMATS = {"GIF", "PNG", "WEBP"}
#: Frames an animation may have: decoding costs time per frame even when frames are tiny.
MAX_FRAMES = 1000
#: Bytes looked at to recognise an SVG or other XML/HTML text posing as an image.
SNIFF_BYTES = 4096
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")


def allowed_image_extensions() -> list[str]:
    """``WAGTAILIMAGES_EXTENSIONS`` narrowed to the formats checked here (never SVG)."""
    configured = getattr(settings, "WAGTAILIMAGES_EXTENSIONS", list(IMAGE_FORMATS))
    return [ext.lower() for ext in configured if ext.lower() in IMAGE_FORMATS]


def max_upload_size() -> int | None:
    return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)


def max_image_pixels() -> int | None:
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)


def _formats_text() -> str:
    return ", ".join(ext.upper() for ext in allowed_image_extensions() if ext != "jpeg")


def _megapixels(pixels: int) -> str:
    return number_format(pixels / 1_000_000, 1, force_grouping=True)


def _error(message, code: str, **params) -> ValidationError:
    # Interpolated here (not by Django) so the message reads the same in every path,
    # including the JSON of the multiple-upload view and the API.
    return ValidationError(message % params if params else message, code=code)


def _looks_like_svg(name: str, head: bytes) -> bool:
    if os.path.splitext(name)[1].lower() in (".svg", ".svgz"):
        return True
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and (b"<svg" in text or b"<!doctype svg" in text)


def _read_head(f) -> bytes:
    f.seek(0)
    head = f.read(SNIFF_BYTES)
    f.seek(0)
    return head


def validate_image_upload(f) -> None:
    """Refuse anything but a sound JPG, PNG, WebP or GIF within the size and pixel limits.

    ``f`` is an uploaded file (name, size, read/seek). Raises ``ValidationError`` with a
    message an editor or citizen can act on; never decodes more than the pixel limit allows.
    """
    name = getattr(f, "name", "") or ""
    size = getattr(f, "size", None)
    if not size:
        raise _error(_("The file is empty (0 bytes). Choose the image again."), "empty")
    if _looks_like_svg(name, _read_head(f)):
        raise _error(
            _(
                "SVG files cannot be uploaded as images, because they can contain scripts. "
                "Save the picture as PNG or JPG and upload that instead."
            ),
            "svg_not_allowed",
        )

    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension not in allowed_image_extensions():
        raise _error(
            _("“%(name)s” is not an image we can use. Choose a file of type %(formats)s."),
            "invalid_image_extension",
            name=os.path.basename(name),
            formats=_formats_text(),
        )

    limit = max_upload_size()
    if limit is not None and size > limit:
        raise _error(
            _("The image is too large (%(size)s). It may be at most %(limit)s."),
            "file_too_large",
            size=filesizeformat(size),
            limit=filesizeformat(limit),
        )

    _check_pixels_and_decode(f, extension)


def _too_many_pixels(pixels: int | None) -> ValidationError:
    limit = max_image_pixels() or 0
    if pixels is None:
        return _error(
            _(
                "The image has too many pixels. It may have at most %(limit)s megapixels "
                "(all frames of an animation counted). Make it smaller and try again."
            ),
            "file_too_many_pixels",
            limit=_megapixels(limit),
        )
    return _error(
        _(
            "The image has too many pixels: %(pixels)s megapixels (all frames of an animation "
            "counted). It may have at most %(limit)s megapixels. Make it smaller and try again."
        ),
        "file_too_many_pixels",
        pixels=_megapixels(pixels),
        limit=_megapixels(limit),
    )


def _damaged() -> ValidationError:
    return _error(
        _(
            "The image file is damaged or incomplete and cannot be shown. Open it in an image "
            "program, save it again as JPG or PNG, and upload the new file."
        ),
        "invalid_image",
    )


def _check_pixels_and_decode(f, extension: str) -> None:
    limit = max_image_pixels()
    f.seek(0)
    try:
        # Opening reads only the header. Pillow refuses anything above twice its own
        # MAX_IMAGE_PIXELS here, before a single pixel is decoded.
        image = PILImage.open(f)
    except PILImage.DecompressionBombError as exc:
        match = _BOMB_PIXELS.search(str(exc))
        raise _too_many_pixels(int(match.group(1)) if match else None) from None
    except Exception as exc:  # Pillow raises many kinds for "not an image"
        raise _error(
            _("The file is not an image we can read. Choose a file of type %(formats)s."),
            "invalid_image",
            formats=_formats_text(),
        ) from exc

    with image:
        if image.format not in IMAGE_FORMATS[extension]:
            raise _error(
                _(
                    "The file is called .%(extension)s but contains a %(format)s image. "
                    "Save it as one of %(formats)s and try again."
                ),
                "invalid_image_known_format",
                extension=extension,
                format=image.format or "?",
                formats=_formats_text(),
            )
        try:
            frames = getattr(image, "n_frames", 1) if image.format in ANIMATED_FORMATS else 1
        except Exception as exc:  # counting GIF frames reads the whole file
            raise _damaged() from exc
        if frames > MAX_FRAMES:
            raise _error(
                _(
                    "The animation has too many frames (%(frames)s). It may have at most "
                    "%(limit)s. Shorten it and try again."
                ),
                "too_many_frames",
                frames=frames,
                limit=MAX_FRAMES,
            )
        width, height = image.size
        pixels = width * height * frames
        if limit is not None and pixels > limit:
            raise _too_many_pixels(pixels)
        _decode_every_frame(image, frames)
    f.seek(0)


def _decode_every_frame(image, frames: int) -> None:
    """Decode the pixels once so a damaged file is refused now, not when a rendition is made.

    Within the pixel limit, so memory stays bounded by one frame at a time.
    """
    try:
        if image.format in ("JPEG", "MPO"):
            # Decoding at 1/8 scale still reads every byte of the compressed data (a cut-off
            # file fails just the same) but needs 1/64 of the memory.
            image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
            return
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            frame.load()
            if index + 1 >= frames:
                break
    except Exception as exc:  # truncated data, bad CRC, bad LZW/zlib stream
        raise _damaged() from exc


class ImageUploadField(WagtailImageField):
    """Wagtail's image field, with :func:`validate_image_upload` run before Wagtail's checks.

    A sound file is then stripped of its metadata and given a private name
    (``core.image_metadata.clean_upload``); Wagtail's checks run on that file, and it is what
    the form saves.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_image_extensions = allowed_image_extensions()
        self.supported_formats_text = _formats_text()
        self.help_text = _(
            "%(formats)s. At most %(size)s and %(megapixels)s megapixels "
            "(all frames of an animation counted)."
        ) % {
            "formats": self.supported_formats_text,
            "size": filesizeformat(max_upload_size()),
            "megapixels": _megapixels(max_image_pixels() or 0),
        }
        self.error_messages["empty"] = _("The file is empty (0 bytes). Choose the image again.")
        # Shown by the multiple-upload page's JavaScript before a file is sent.
        self.error_messages["invalid_image_extension"] = _(
            "This is not an image we can use. Choose a file of type %(formats)s."
        ) % {"formats": self.supported_formats_text}
        self.error_messages["file_too_large_unknown_size"] = _(
            "The image is too large. It may be at most %(limit)s."
        ) % {"limit": filesizeformat(max_upload_size())}

    def to_python(self, data):
        f = FileField.to_python(self, data)
        if f is None:
            return None
        validate_image_upload(f)
        try:
            cleaned = clean_upload(f)
        except Exception as exc:  # a file Pillow decodes but cannot write back
            raise _damaged() from exc
        try:
            return super().to_python(cleaned)
        except ValidationError:
            raise
        except Exception as exc:  # Willow's decoding failing is a bad file
            raise _damaged() from exc
