"""Turn the plain text of the data files into rich text, StreamField JSON and slugs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping

from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.site_url import absolute_url

from .datafiles import plain

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text: str, max_length: int = 60) -> str:
    """An ASCII slug that spells æ, ø, å the Danish way (ae, oe, aa)."""
    return slugify(text.translate(_DANISH))[:max_length].strip("-")


def paragraphs(text: str) -> list[str]:
    if not isinstance(text, str):
        raise TypeError(_("expected a text, got %s") % type(text).__name__)
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


def body_blocks(items: Iterable[Mapping]) -> list[dict]:
    """Body blocks of a data file as StreamField items.

    Each item is a table with one key, the block type, e.g. ``{"paragraph": "…"}``.
    Paragraphs are plain text (made rich text here); other blocks keep their value, with the
    optional parts of quotes and calls to action filled in.
    """
    result = []
    for item in items:
        if len(item) != 1:
            raise ValueError(
                _("a body block is a table with one key, the block type; got %s") % ", ".join(item)
            )
        ((block_type, value),) = item.items()
        if block_type == "paragraph":
            result.append(block("paragraph", rich_text(value)))
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
        elif block_type == "step":
            # A guide's step: its body is plain text like a paragraph's.
            result.append(
                block(
                    "step",
                    {
                        "title": value["title"],
                        "body": rich_text(value["body"]),
                        "checklist": list(value.get("checklist") or []),
                        "downloads": [],
                        "contact": None,
                    },
                )
            )
        elif block_type == "call_to_action":
            # ``page`` names one of our pages by its path below the home page. It may be made
            # later in the run, so it is stored as its address first; the ``page_links`` step
            # (home.seed) then makes it a page link.
            target = value.get("page")
            url = absolute_url(f"/{target.strip('/')}/") if target else value.get("url", "")
            result.append(
                block("call_to_action", {"text": value["text"], "page": None, "url": url})
            )
        else:
            # Headings, the home page's listings …: stored as written; ``body`` refuses types
            # the field does not have, block validation (demo.validation) wrong values.
            result.append(block(block_type, plain(value)))
    return result


def body(model, field_name: str, items: Iterable[Mapping]) -> str:
    """Body blocks of a data file as the stored JSON of ``model.<field_name>``.

    A block type the field does not have is an error here: Wagtail would drop it without a
    word as soon as the JSON is assigned to the page.
    """
    known = model._meta.get_field(field_name).stream_block.child_blocks
    blocks = body_blocks(items)
    for number, item in enumerate(blocks, start=1):
        if item["type"] not in known:
            raise ValueError(
                _("%(path)s: unknown block type %(type)s")
                % {"path": f"{field_name}[{number}]", "type": item["type"]}
            )
    return stream(blocks)
