"""Turn the plain-text demo data into rich text, StreamField JSON and slugs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.text import slugify

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text: str, max_length: int = 60) -> str:
    """An ASCII slug that spells æ, ø, å the Danish way (ae, oe, aa)."""
    return slugify(text.translate(_DANISH))[:max_length].strip("-")


def paragraphs(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split("\n\n") if part.strip()]


def rich_text(text: str) -> str:
    """Plain text with blank-line separated paragraphs as escaped ``<p>`` HTML."""
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs(text))


def block(block_type: str, value) -> dict:
    """One StreamField item in Wagtail's stored JSON form."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def stream(items: Iterable[dict]) -> str:
    """A StreamField value as a JSON string; assigning a string skips block normalisation."""
    return json.dumps(list(items))


def image_value(image, alt: str) -> dict:
    """The raw value of Wagtail's ``ImageBlock``: image id plus contextual alt text."""
    return {"image": image.pk, "decorative": False, "alt_text": alt}


def body_blocks(items: Iterable) -> list[dict]:
    """Demo body tuples such as ``("paragraph", "…")`` as ``BodyStreamBlock`` items."""
    result = []
    for block_type, value in items:
        if block_type == "paragraph":
            result.append(block("paragraph", rich_text(value)))
        elif block_type == "heading":
            result.append(block("heading", value))
        elif block_type == "quote":
            result.append(
                block(
                    "quote",
                    {"quote": value["quote"], "attribution": value.get("attribution", "")},
                )
            )
        elif block_type == "fact_box":
            result.append(
                block("fact_box", {"title": value["title"], "items": list(value["items"])})
            )
        elif block_type == "call_to_action":
            result.append(
                block(
                    "call_to_action",
                    {"text": value["text"], "page": None, "url": value.get("url", "")},
                )
            )
        else:
            raise ValueError(f"Unknown demo body block: {block_type!r}")
    return result
