"""Images are stored without the metadata cameras, phones and editing programs write into them.

A photo straight from a phone carries EXIF: the GPS position where it was taken, the time,
the make, model and serial number of the camera. Editing programs add XMP and IPTC (names,
places, keywords) and comments. Wagtail keeps all of it in the original file, and Willow
copies the EXIF into every rendition, so a citizen's photo of a flea market in their garden
published where they live.

:func:`clean_upload` runs in every upload path (``core.uploads.ImageUploadField``), after the
file has been validated, and ``manage.py strip_image_metadata`` applies
:func:`clean_image_bytes` to the images stored before it existed:

- when the file carries anything besides its colour profile and what the format needs to
  show the pixels, it is re-encoded without it. The EXIF orientation is applied to the pixels
  first, so the picture stands as it was taken. The ICC colour profile is kept. A JPEG keeps
  its quantisation tables and chroma subsampling (the quality the camera chose), a lossless
  WebP stays lossless, and animations keep their frames, durations and loop count;
- a file without such metadata is stored byte for byte: no generation loss.

:func:`private_name` gives every stored original a random part, so neither the original nor
its renditions (named after it) can be guessed before a published page uses the image.
"""

from __future__ import annotations

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.crypto import get_random_string
from PIL import Image as PILImage
from PIL import ImageOps, ImageSequence, JpegImagePlugin

#: JPEG segments that only describe how to show the pixels: JFIF (density), the ICC colour
#: profile (split over APP2 segments) and Adobe's colour transform (needed for CMYK). Every
#: other segment (Exif and XMP in APP1, IPTC in APP13, MPF, maker data, comments) is metadata.
_JPEG_DISPLAY_SEGMENTS = {
    "APP0": b"JFIF\x00",
    "APP2": b"ICC_PROFILE\x00",
    "APP14": b"Adobe",
}
#: What Pillow reports in ``info`` for PNG, GIF and WebP that is about showing the pixels or
#: playing the animation. Anything else (exif, xmp, comment, PNG text chunks, GIF application
#: extensions) is metadata.
_DISPLAY_INFO = {
    "icc_profile",
    "transparency",
    "gamma",
    "srgb",
    "chromaticity",
    "dpi",
    "aspect",
    "interlace",
    "background",
    "version",
    "duration",
    "loop",
    "disposal",
    "blend",
    "bbox",
    "default_image",
    "timestamp",
}
#: GIF application extensions that only make an animation loop; others (XMP, editors' data)
#: are metadata.
_GIF_LOOP_EXTENSIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
_GIF_APPLICATION_EXTENSION = b"!\xff\x0b"  # introducer, label, identifier length 11
#: Pillow format name → the format it is written back as (a camera's MPO is a JPEG).
_OUTPUT_FORMAT = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WEBP"}
#: Quality of a re-encoded lossy WebP (its original quality is not recorded in the file).
WEBP_QUALITY = 90
_RANDOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
#: 36**12 names: far too many to try, short enough to survive in every rendition's name.
TOKEN_LENGTH = 12


def private_name(name: str) -> str:
    """``name`` behind a random part, e.g. ``haven.jpg`` → ``3kq9x0d2vb7m_haven.jpg``.

    In front, because Wagtail shortens long names from the end: rendition names keep only
    the first 15 to 30 characters of the original's name.
    """
    stem, extension = os.path.splitext(os.path.basename(name))
    return f"{get_random_string(TOKEN_LENGTH, _RANDOM_ALPHABET)}_{stem}{extension.lower()}"


def _frames(image: PILImage.Image) -> int:
    return getattr(image, "n_frames", 1) if image.format != "MPO" else 1


def _is_display_info(key, value) -> bool:
    if key == "extension":  # Pillow's name for a GIF application extension
        return value[0].startswith(_GIF_LOOP_EXTENSIONS)
    return key in _DISPLAY_INFO


def _gif_has_application_data(data: bytes) -> bool:
    # Pillow reports only the last application extension of the first frame; look at all.
    position = data.find(_GIF_APPLICATION_EXTENSION)
    while position != -1:
        identifier = data[position + 3 : position + 14]
        if not identifier.startswith(_GIF_LOOP_EXTENSIONS):
            return True
        position = data.find(_GIF_APPLICATION_EXTENSION, position + 1)
    return False


def has_metadata(image: PILImage.Image, data: bytes) -> bool:
    """Whether the opened image (read from ``data``) carries more than pixels and colours."""
    if image.format == "MPO":
        return True  # the MPF index and the appended preview image
    if image.format == "JPEG":
        return any(
            not segment.startswith(_JPEG_DISPLAY_SEGMENTS.get(marker, b"\xff\xff"))
            for marker, segment in image.applist
        )
    if image.format == "GIF" and _gif_has_application_data(data):
        return True
    try:
        # Later frames of an animation can have info of their own (a GIF comment on frame 5).
        for frame in ImageSequence.Iterator(image):
            frame.load()
            if not all(_is_display_info(key, value) for key, value in frame.info.items()):
                return True
        return False
    finally:
        image.seek(0)


def _webp_is_lossless(data: bytes) -> bool:
    """Whether a WebP file's first image is lossless (``VP8L``) rather than lossy (``VP8 ``)."""
    position = 12  # after "RIFF", the size and "WEBP"
    while position + 8 <= len(data):
        fourcc = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        if fourcc == b"VP8L":
            return True
        if fourcc == b"VP8 ":
            return False
        if fourcc == b"ANMF":
            position += 8 + 16  # into the first frame: its image chunks follow a 16-byte header
            continue
        position += 8 + size + (size & 1)
    return False


def _bare(image: PILImage.Image, keep=("transparency",)) -> PILImage.Image:
    """A copy of one frame with every ``info`` entry gone except ``keep``."""
    copy = image.copy()
    copy.info = {key: value for key, value in image.info.items() if key in keep}
    return copy


def _encoder_options(image: PILImage.Image, output_format: str, data: bytes) -> dict:
    options = {}
    if icc_profile := image.info.get("icc_profile"):
        options["icc_profile"] = icc_profile
    if output_format == "JPEG":
        options["qtables"] = image.quantization
        subsampling = JpegImagePlugin.get_sampling(image)
        if subsampling != -1:
            options["subsampling"] = subsampling
        options["progressive"] = bool(image.info.get("progressive"))
        options["optimize"] = True
    elif output_format == "WEBP":
        if _webp_is_lossless(data):
            options["lossless"] = True
        else:
            options["quality"] = WEBP_QUALITY
    elif output_format == "GIF" and "background" in image.info:
        options["background"] = image.info["background"]
    return options


def _reencode(image: PILImage.Image, data: bytes) -> bytes:
    output_format = _OUTPUT_FORMAT[image.format]
    options = _encoder_options(image, output_format, data)
    out = io.BytesIO()
    if _frames(image) > 1:
        # Orientation is a still photo's matter; animations keep their frames as drawn.
        frames, durations = [], []
        for frame in ImageSequence.Iterator(image):
            frame.load()  # WebP reports a frame's duration once it is decoded
            durations.append(frame.info.get("duration", 0))
            frames.append(_bare(frame))
        animation = {"save_all": True, "append_images": frames[1:], "duration": durations}
        if "loop" in image.info:
            animation["loop"] = image.info["loop"]
        frames[0].save(out, output_format, **options, **animation)
    else:
        upright = ImageOps.exif_transpose(image)
        upright.info = {k: v for k, v in image.info.items() if k == "transparency"}
        upright.save(out, output_format, **options)
    return out.getvalue()


def clean_image_bytes(data: bytes) -> bytes | None:
    """``data`` re-encoded without metadata, or ``None`` when it carries none.

    ``data`` must be an image ``core.uploads`` accepts (its format, size and pixel limits).
    """
    with PILImage.open(io.BytesIO(data)) as image:
        if image.format not in _OUTPUT_FORMAT or not has_metadata(image, data):
            return None
        return _reencode(image, data)


def clean_upload(f) -> SimpleUploadedFile:
    """The uploaded image ``f`` as it is stored: without metadata, under a private name."""
    f.seek(0)
    data = f.read()
    f.seek(0)
    cleaned = clean_image_bytes(data)
    return SimpleUploadedFile(
        private_name(f.name),
        data if cleaned is None else cleaned,
        content_type=getattr(f, "content_type", None),
    )
