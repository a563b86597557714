"""Deterministic illustrative images for the Vallensbæk CMS demo content.

The demo seed needs pictures for news, activities, facilities and so on, but it
must not download anything. The functions here draw simple, friendly
illustrations with Pillow only:

* :func:`make_image` draws a small landscape (sky, sun, hills, water and a few
  building silhouettes) with a readable label on a contrasting band.
* :func:`make_logo` draws a round badge with initials, for associations.

Colours and shapes are derived from a SHA-256 hash of ``key``, so the same key
always gives the same bytes (with the same Pillow version), and different keys
give visibly different pictures. No font files are used apart from Pillow's
built-in font (``ImageFont.load_default(size=...)``).
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import random
import textwrap
import unicodedata
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

RGB = tuple[int, int, int]

__all__ = ["make_image", "make_logo"]


def _rng(key: str) -> random.Random:
    """Return a random generator seeded from a stable hash of ``key``."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))  # demo pictures  # nosec B311


def _hsl(hue: float, saturation: float, lightness: float) -> RGB:
    """Convert HSL values (0–1, hue wraps around) to an RGB tuple."""
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return (round(r * 255), round(g * 255), round(b * 255))


def _luminance(colour: RGB) -> float:
    """Relative luminance (0–1) of an sRGB colour, as defined by WCAG."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = colour
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's built-in font at ``size`` pixels (cached, loading is not free)."""
    return ImageFont.load_default(size=size)


# Pillow's built-in font (Aileron) only covers ASCII and a few extra signs
# such as "°" and "´". Danish letters are therefore composed from simple parts:
# "å" is "a" with a ring ("°") above, "ø" is "o" with a stroke, "æ" is "a" and
# "e" drawn close together. Other accented letters lose their accent.
_COMPOSED = set("æøåÆØÅéÉ")
_REPLACEMENTS = {
    "–": "-",
    "—": "-",
    "„": '"',
    "‚": "'",
    "×": "x",
    "§": "S",
    "½": "1/2",
}


def _plain(text: str) -> str:
    """Replace characters the built-in font lacks (except composed ones)."""
    out = []
    for char in text:
        if char in _COMPOSED or ord(char) < 128 or char in "°´‘’“”…«»·©±":
            out.append(char)
        elif char in _REPLACEMENTS:
            out.append(_REPLACEMENTS[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            ascii_only = "".join(c for c in decomposed if ord(c) < 128)
            out.append(ascii_only or "?")
    return "".join(out)


def _segments(text: str) -> list[str]:
    """Split text into runs of ordinary characters and single composed letters."""
    parts: list[str] = []
    run = ""
    for char in _plain(text):
        if char in _COMPOSED:
            if run:
                parts.append(run)
                run = ""
            parts.append(char)
        else:
            run += char
    if run:
        parts.append(run)
    return parts


def _ink_box(font, text: str) -> tuple[int, int, int, int]:
    """The box of the pixels ``text`` actually colours, relative to its draw origin.

    ``font.getbbox`` reaches down to the baseline even for high signs like "°",
    so the glyph mask is measured instead.
    """
    mask, (dx, dy) = font.getmask2(text, mode="L")
    box = mask.getbbox() or (0, 0, 0, 0)
    return dx + box[0], dy + box[1], dx + box[2], dy + box[3]


def _stroke(font) -> int:
    """Stem width of the font, measured on a lowercase "l"."""
    left, _top, right, _bottom = _ink_box(font, "l")
    return max(1, right - left)


def _ligature_advance(font, first: str, second: str) -> float:
    """Where to draw ``second`` after ``first`` so their stems overlap, as in "æ"."""
    first_right = _ink_box(font, first)[2]
    second_left = _ink_box(font, second)[0]
    return first_right - second_left - _stroke(font) * 1.2


def _text_length(text: str, font) -> float:
    """Advance width of ``text`` including composed Danish letters."""
    total = 0.0
    for part in _segments(text):
        if part in "æÆ":
            first, second = ("a", "e") if part == "æ" else ("A", "E")
            total += _ligature_advance(font, first, second) + font.getlength(second)
        elif part in _COMPOSED:
            base = {"ø": "o", "Ø": "O", "å": "a", "Å": "A", "é": "e", "É": "E"}[part]
            total += font.getlength(base)
        else:
            total += font.getlength(part)
    return total


def _draw_text(draw: ImageDraw.ImageDraw, xy, text: str, font, fill: RGB) -> None:
    """Draw ``text`` at ``xy`` (left, top of ascender), composing Danish letters."""
    x, y = xy
    stroke = _stroke(font)
    size = font.size
    for part in _segments(text):
        if part in "æÆ":
            first, second = ("a", "e") if part == "æ" else ("A", "E")
            draw.text((x, y), first, font=font, fill=fill)
            x += _ligature_advance(font, first, second)
            draw.text((x, y), second, font=font, fill=fill)
            x += font.getlength(second)
            continue
        base = {"ø": "o", "Ø": "O", "å": "a", "Å": "A", "é": "e", "É": "E"}.get(part, part)
        draw.text((x, y), base, font=font, fill=fill)
        if part in _COMPOSED:
            left, top, right, bottom = _ink_box(font, base)
            left, top, right, bottom = x + left, y + top, x + right, y + bottom
            centre = (left + right) / 2
            if part in "øØ":
                extra = size * 0.025
                draw.line(
                    (left - extra, bottom + extra, right + extra, top - extra),
                    fill=fill,
                    width=max(1, round(stroke * 0.6)),
                )
            elif part in "åÅ":
                radius = size * (0.1 if part == "å" else 0.085)
                gap = size * (0.04 if part == "å" else 0.015)
                ring_bottom = top - gap
                draw.ellipse(
                    (
                        centre - radius,
                        ring_bottom - 2 * radius,
                        centre + radius,
                        ring_bottom,
                    ),
                    outline=fill,
                    width=max(1, round(stroke * 0.45)),
                )
            else:  # é, É: an acute accent
                gap = size * 0.05
                draw.line(
                    (
                        centre - size * 0.03,
                        top - gap,
                        centre + size * 0.07,
                        top - gap - size * 0.15,
                    ),
                    fill=fill,
                    width=max(1, round(stroke * 0.7)),
                )
        x += font.getlength(base) if part in _COMPOSED else font.getlength(part)


def _fit_label(
    draw: ImageDraw.ImageDraw, label: str, max_width: int, start_size: int
) -> tuple[list[str], ImageFont.FreeTypeFont | ImageFont.ImageFont, int]:
    """Wrap ``label`` into at most three lines and shrink the font until it fits."""
    size = start_size
    minimum = max(12, start_size // 3)
    while True:
        font = _font(size)
        # Rough number of characters per line for this font size.
        chars = max(8, int(max_width / (size * 0.55)))
        lines = textwrap.wrap(label, width=chars) or [""]
        fits = len(lines) <= 3 and all(_text_length(line, font) <= max_width for line in lines)
        if fits or size <= minimum:
            return lines, font, size
        size = max(minimum, int(size * 0.9))


def _hill_points(
    rng: random.Random, width: int, base: float, amplitude: float, bottom: float
) -> list[tuple[float, float]]:
    """Points for a soft, wavy hill polygon across the whole width, down to ``bottom``."""
    steps = 12
    offsets = [rng.uniform(-1.0, 1.0) for _ in range(steps + 1)]
    points = [(0.0, float(bottom))]
    for i in range(steps + 1):
        x = width * i / steps
        # Smooth the random offsets a little with their neighbours.
        neighbours = offsets[max(0, i - 1) : i + 2]
        y = base + amplitude * sum(neighbours) / len(neighbours)
        points.append((x, y))
    points.append((float(width), float(bottom)))
    return points


def make_image(
    label: str, key: str, size: tuple[int, int] = (1600, 900), fmt: str = "JPEG"
) -> bytes:
    """Draw a deterministic landscape illustration with ``label`` and return bytes.

    ``key`` decides colours and shapes (use e.g. the slug of the page), ``label``
    is written in large letters on a band across the lower part of the picture.
    ``fmt`` is any format Pillow can save (``"JPEG"``, ``"PNG"``, ``"WEBP"``).
    The same arguments always give the same bytes.
    """
    width, height = size
    rng = _rng(key)
    # Sky hues: mostly blue, sometimes violet, sunset orange or pink (never green).
    low, high = rng.choice([(0.52, 0.64), (0.55, 0.62), (0.68, 0.78), (0.03, 0.09), (0.9, 0.97)])
    hue = rng.uniform(low, high)
    accent_hue = hue + rng.choice([0.08, 0.5, -0.08, 0.33])

    # Sky: a vertical gradient, drawn as one pixel column and stretched (fast).
    sky_top = _hsl(hue, rng.uniform(0.45, 0.7), rng.uniform(0.55, 0.68))
    sky_bottom = _hsl(hue + 0.05, rng.uniform(0.35, 0.6), rng.uniform(0.84, 0.92))
    column = Image.new("RGB", (1, height))
    span = max(1, height - 1)
    column.putdata(
        [
            tuple(round(a + (b - a) * y / span) for a, b in zip(sky_top, sky_bottom, strict=True))
            for y in range(height)
        ]
    )
    image = column.resize((width, height), Image.Resampling.NEAREST)
    # Opaque shapes use a plain draw; see-through ones use the slower blending draw.
    draw = ImageDraw.Draw(image)
    blend = ImageDraw.Draw(image, "RGBA")
    water_top = height * rng.uniform(0.74, 0.8)

    # Sun with a soft halo.
    sun_r = int(min(width, height) * rng.uniform(0.07, 0.11))
    sun_x = int(width * rng.uniform(0.12, 0.88))
    sun_y = int(height * rng.uniform(0.14, 0.3))
    sun_colour = _hsl(rng.uniform(0.1, 0.15), 0.95, rng.uniform(0.62, 0.72))
    for factor, alpha in ((2.2, 40), (1.6, 70)):
        r = int(sun_r * factor)
        blend.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=(*sun_colour, alpha))
    draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=sun_colour)

    # A few simple clouds.
    for _ in range(rng.randint(1, 3)):
        cx = rng.uniform(0, width)
        cy = rng.uniform(height * 0.08, height * 0.32)
        cw = rng.uniform(width * 0.08, width * 0.16)
        ch = cw * 0.28
        for dx, dy, scale in (
            (0, 0, 1.0),
            (cw * 0.3, -ch * 0.4, 0.7),
            (-cw * 0.3, -ch * 0.2, 0.6),
        ):
            blend.ellipse(
                (
                    cx + dx - cw * scale / 2,
                    cy + dy - ch * scale,
                    cx + dx + cw * scale / 2,
                    cy + dy + ch * scale,
                ),
                fill=(255, 255, 255, 170),
            )

    # Hills: three layers, darker towards the front.
    horizon = height * rng.uniform(0.42, 0.5)
    hill_hue = rng.uniform(0.22, 0.36)
    layers = 3
    for layer in range(layers):
        base = horizon + layer * height * 0.075
        colour = _hsl(
            hill_hue + layer * 0.03,
            rng.uniform(0.3, 0.55),
            0.62 - layer * 0.1,
        )
        # The hills only need to reach the water, which covers everything below.
        points = _hill_points(rng, width, base, height * 0.09, water_top + 1)
        draw.polygon(points, fill=colour)

        # Building silhouettes on the middle layer.
        if layer == 1:
            building_colour = _hsl(accent_hue, 0.25, 0.3)
            window_colour = _hsl(0.13, 0.9, 0.75)
            x = rng.uniform(width * 0.05, width * 0.4)
            for _ in range(rng.randint(3, 6)):
                bw = rng.uniform(width * 0.04, width * 0.09)
                bh = rng.uniform(height * 0.06, height * 0.16)
                bottom = base + height * 0.06
                top = bottom - bh
                draw.rectangle((x, top, x + bw, bottom), fill=building_colour)
                if rng.random() < 0.5:
                    draw.polygon(
                        [(x - bw * 0.08, top), (x + bw / 2, top - bh * 0.3), (x + bw * 1.08, top)],
                        fill=building_colour,
                    )
                # A row of lit windows.
                wy = top + bh * 0.25
                ws = max(3.0, bw * 0.14)
                wx = x + bw * 0.15
                while wx + ws < x + bw * 0.9:
                    draw.rectangle((wx, wy, wx + ws, wy + ws), fill=window_colour)
                    wx += ws * 2
                x += bw + rng.uniform(width * 0.01, width * 0.05)
                if x > width * 0.95:
                    break

    # Water along the bottom with a few light ripples.
    water = _hsl(rng.uniform(0.52, 0.6), rng.uniform(0.45, 0.65), rng.uniform(0.4, 0.5))
    draw.rectangle((0, water_top, width, height), fill=water)
    for _ in range(14):
        rx = rng.uniform(0, width)
        ry = rng.uniform(water_top + 6, height)
        rw = rng.uniform(width * 0.03, width * 0.09)
        blend.line((rx, ry, rx + rw, ry), fill=(255, 255, 255, 90), width=max(2, height // 300))

    # Label on a contrasting band.
    if label:
        band_colour = _hsl(accent_hue, rng.uniform(0.35, 0.6), rng.choice([0.18, 0.24, 0.9]))
        text_colour: RGB = (255, 255, 255) if _luminance(band_colour) < 0.35 else (20, 24, 32)
        margin = int(width * 0.06)
        lines, font, font_size = _fit_label(
            draw, label, width - 2 * margin, max(14, int(height * 0.085))
        )
        line_height = int(font_size * 1.2)
        pad = int(font_size * 0.6)
        band_height = line_height * len(lines) + 2 * pad
        band_top = height - band_height - int(height * 0.07)
        blend.rectangle((0, band_top, width, band_top + band_height), fill=(*band_colour, 225))
        y = band_top + pad
        for line in lines:
            _draw_text(draw, (margin, y), line, font, text_colour)
            y += line_height

    buffer = io.BytesIO()
    fmt = fmt.upper()
    if fmt in {"JPEG", "JPG"}:
        image.save(buffer, format="JPEG", quality=85)
    else:
        image.save(buffer, format=fmt)
    return buffer.getvalue()


def make_logo(initials: str, key: str, size: int = 400) -> bytes:
    """Draw a round badge with ``initials`` and return it as PNG bytes.

    The background outside the circle is transparent. Colours come from
    ``key``; the same arguments always give the same bytes.
    """
    rng = _rng(key)
    hue = rng.random()
    fill = _hsl(hue, rng.uniform(0.45, 0.7), rng.uniform(0.3, 0.42))
    ring = _hsl(hue + 0.5, rng.uniform(0.5, 0.8), rng.uniform(0.7, 0.82))
    text_colour: RGB = (255, 255, 255) if _luminance(fill) < 0.35 else (20, 24, 32)

    # Draw at twice the size and scale down for smooth edges.
    big = size * 2
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, big - 1, big - 1), fill=ring)
    inset = int(big * 0.05)
    draw.ellipse((inset, inset, big - 1 - inset, big - 1 - inset), fill=fill)
    inner = int(big * 0.1)
    draw.ellipse(
        (inner, inner, big - 1 - inner, big - 1 - inner),
        outline=(*ring, 160),
        width=max(2, big // 100),
    )

    text = initials.strip().upper()[:3] or "?"
    font_size = int(big * (0.42 if len(text) <= 2 else 0.32))
    font = _font(font_size)
    _left, top, _right, bottom = font.getbbox("H")
    x = (big - _text_length(text, font)) / 2
    y = (big - (bottom - top)) / 2 - top
    _draw_text(draw, (x, y), text, font, text_colour)

    image = image.resize((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
