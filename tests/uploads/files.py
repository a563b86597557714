"""Hostile and harmless upload files, generated small in memory.

None of them needs the decoded pixels in the test process: the 400-megapixel PNG is written
row by row through zlib, the animations repeat one small palette frame.
"""

from __future__ import annotations

import functools
import io
import os
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms

from core.image_metadata import TOKEN_LENGTH

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/admin/').then(r => r.text()).then(t => alert(t))</script></svg>"
)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid greyscale PNG of width×height pixels, almost all black: under 1 MB on disk.

    Rows are compressed one at a time, so building it never holds the 400 MB of pixels.
    Every 64th row has a grey stripe so it is a real picture, not just zeros.
    """
    return _png_bomb(width, height)


@functools.cache
def _png_bomb(width: int, height: int) -> bytes:
    compressor = zlib.compressobj(6)
    blank = b"\x00" + bytes(width)
    striped = b"\x00" + bytes(width // 2) + b"\x80" * (width - width // 2)
    body = b"".join(
        compressor.compress(striped if row % 64 == 0 else blank) for row in range(height)
    )
    body += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


@functools.cache
def animated_gif(frames: int = 500, size: int = 300) -> bytes:
    """A GIF of ``frames`` frames of size×size: 45 megapixels in all for the defaults.

    Each frame differs in one pixel (Pillow would merge identical frames) and is stored as
    that one-pixel difference, so the file stays a few kilobytes.
    """
    base = Image.new("P", (size, size), 0)
    base.putpalette([0, 0, 0, 255, 255, 255] * 128)
    images = []
    for index in range(frames):
        frame = base.copy()
        frame.putpixel((index % size, (index // size) % size), 1)
        images.append(frame)
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=40)
    return buffer.getvalue()


def image_bytes(fmt: str = "PNG", size=(60, 40), color="teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


def noisy_jpeg(size=(400, 300)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    """The first half of a JPEG: the header (size, format) is intact, the pixels are not."""
    data = noisy_jpeg()
    return data[: len(data) // 2]


def tiff_bytes() -> bytes:
    return image_bytes("TIFF", (50, 50), "red")


#: name → (filename, bytes factory, error code from core.uploads, part of the Danish message)
BAD_IMAGES = {
    "png_20000x20000": (
        "kort.png",
        png_bomb,
        "file_too_many_pixels",
        "Billedet har for mange pixels: 400,0 megapixel",
    ),
    "gif_500_frames": (
        "animation.gif",
        animated_gif,
        "file_too_many_pixels",
        "Billedet har for mange pixels: 45,0 megapixel (alle billeder i en animation",
    ),
    "tiff_named_jpg": (
        "foto.jpg",
        tiff_bytes,
        "invalid_image_known_format",
        "Filen hedder .jpg, men indeholder et TIFF-billede",
    ),
    "truncated_jpeg": (
        "halvt.jpg",
        truncated_jpeg,
        "invalid_image",
        "Billedfilen er beskadiget eller ufuldstændig",
    ),
    "zero_bytes": ("tom.png", lambda: b"", "empty", "Filen er tom (0 byte)"),
    "svg_with_script": (
        "logo.svg",
        lambda: SVG_WITH_SCRIPT,
        "svg_not_allowed",
        "SVG-filer kan ikke uploades som billeder",
    ),
    "svg_named_png": (
        "logo.png",
        lambda: SVG_WITH_SCRIPT,
        "svg_not_allowed",
        "SVG-filer kan ikke uploades som billeder",
    ),
}


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def bad_image(case: str) -> SimpleUploadedFile:
    filename, factory, _code, _message = BAD_IMAGES[case]
    return upload(filename, factory())


# --- Photos as phones write them ------------------------------------------------------------

#: Where the test photo was "taken": Vallensbæk Strandpark, in EXIF's degrees/minutes/seconds.
GPS_LATITUDE = (55.0, 37.0, 12.5)
GPS_LONGITUDE = (12.0, 22.0, 31.0)
EXIF_ORIENTATION = 0x0112
EXIF_GPS_IFD = 0x8825
EXIF_MAKE = 0x010F
SRGB_PROFILE = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def camera_exif(orientation: int = 6) -> Image.Exif:
    """EXIF as a phone writes it: make, model, time, GPS position and the orientation."""
    exif = Image.Exif()
    exif[EXIF_MAKE] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif[0x0132] = "2026:06:14 10:32:05"
    exif[EXIF_ORIENTATION] = orientation
    gps = exif.get_ifd(EXIF_GPS_IFD)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "E", 4: GPS_LONGITUDE})
    return exif


def two_colour_picture(size=(60, 40)) -> Image.Image:
    """Left half red, right half blue: after a turn you can tell where the left side went."""
    picture = Image.new("RGB", size, "blue")
    picture.paste("red", (0, 0, size[0] // 2, size[1]))
    return picture


def camera_jpeg(size=(60, 40), orientation: int = 6) -> bytes:
    """A phone photo held upright: stored sideways with orientation 6 ("turn 90° clockwise"),
    GPS position, camera data, XMP, a comment and the sRGB colour profile."""
    buffer = io.BytesIO()
    two_colour_picture(size).save(
        buffer,
        "JPEG",
        quality=85,
        exif=camera_exif(orientation),
        icc_profile=SRGB_PROFILE,
        comment=b"Taget i haven, Strandvejen 12",
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Strandvejen 12</x:xmpmeta>',
    )
    return buffer.getvalue()


def metadata_of(data: bytes) -> dict:
    """What a reader of the file learns besides the pixels: EXIF (with GPS), XMP, comments."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return {
            "exif": dict(exif),
            "gps": dict(exif.get_ifd(EXIF_GPS_IFD)),
            "other": sorted(
                key for key in image.info if key in ("xmp", "comment", "photoshop", "exif")
            ),
        }


def random_part(stored_name: str) -> str:
    """The random part in front of a stored original's name (``3kq9x0d2vb7m_haven.jpg``)."""
    token, separator, _rest = os.path.basename(stored_name).partition("_")
    assert separator and len(token) == TOKEN_LENGTH and token.isalnum(), stored_name
    return token


NO_METADATA = {"exif": {}, "gps": {}, "other": []}


def assert_upright_and_clean(data: bytes) -> None:
    """No metadata; the sideways 60×40 photo of ``camera_jpeg`` now 40×60, red half on top."""
    assert metadata_of(data) == NO_METADATA
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (40, 60)
        rgb = picture.convert("RGB")
        top, bottom = rgb.getpixel((20, 12)), rgb.getpixel((20, 48))
        assert top[0] > 200 and top[2] < 80, top  # red
        assert bottom[2] > 200 and bottom[0] < 80, bottom  # blue
