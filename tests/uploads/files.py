"""Hostile and harmless upload files, generated small in memory.

None of them needs the decoded pixels in the test process: the 400-megapixel PNG is written
row by row through zlib, the animations repeat one small palette frame.
"""

from __future__ import annotations

import functools
import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

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
