"""Turn a source file into activity drafts in the moderation workflow; never publish.

Transactions: one per item (``transaction.atomic`` around creating or updating one activity,
its revision and its workflow state). One bad event in a feed of hundreds must not block the
rest, and each event is all or nothing: an item that fails half-way leaves no page, revision
or link behind, and is reported as skipped with the reason. A file that cannot be read at all
(malformed, too many items) stops before anything is written.

Dedupe by (source, source id). An event seen before is updated only when its mapped fields
changed (checksum): the change is saved as a new draft revision of the activity and goes
through moderation again; a published activity stays as published until staff approve it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText

from activities.models import ActivityIndexPage, ActivityPage

from .models import ImportedEvent
from .sources import PARSERS, Item, MalformedFile, SkipItem

logger = logging.getLogger(__name__)

__all__ = ["MalformedFile", "Report", "run"]


@dataclass
class Report:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def checksum(item: Item) -> str:
    return hashlib.sha256(json.dumps(item.fingerprint(), sort_keys=True).encode()).hexdigest()


def body_from(item: Item) -> list:
    """The description as plain paragraphs: source HTML is never trusted as markup."""
    text = strip_tags(item.description.replace("</p>", "\n\n").replace("<br>", "\n"))
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]
    blocks = [("paragraph", RichText(f"<p>{escape(p)}</p>")) for p in paragraphs[:20]]
    if item.url:
        link = _("Read more at the organiser")
        blocks.append(
            ("paragraph", RichText(f'<p><a href="{escape(item.url)}">{escape(link)}</a></p>'))
        )
    return blocks


def _apply(page: ActivityPage, item: Item) -> None:
    page.title = item.title
    page.summary = item.summary or strip_tags(item.description)[:300] or item.title
    page.start, page.end, page.all_day = item.start, item.end, item.all_day
    page.address = item.address
    page.department = item.organiser
    page.body = body_from(item)


def _submit(page: ActivityPage) -> None:
    """Into the calendar's moderation workflow (no workflow: it simply stays a draft)."""
    workflow = page.get_workflow()
    state = page.current_workflow_state
    if workflow is not None and state is None:
        workflow.start(page, None)


def _import_one(item: Item, source: str, parent: ActivityIndexPage, report: Report) -> None:
    digest = checksum(item)
    existing = (
        ImportedEvent.objects.select_related("page")
        .filter(source=source, source_id=item.source_id)
        .first()
    )
    if existing is not None and existing.checksum == digest:
        report.unchanged.append(item.source_id)
        return
    if not item.address:
        raise SkipItem(_("The event has no place."))
    with transaction.atomic():
        if existing is None:
            page = ActivityPage(live=False, slug=slugify(item.title)[:80] or "arrangement")
            _apply(page, item)
            page.slug = unique_slug(parent, page.slug)
            parent.add_child(instance=page)
            page.save_revision()
            ImportedEvent.objects.create(
                source=source,
                source_id=item.source_id,
                source_url=item.url,
                page=page,
                checksum=digest,
            )
            _submit(page)
            report.created.append(item.source_id)
        else:
            page = existing.page.get_latest_revision_as_object()
            _apply(page, item)
            page.full_clean()
            page.save_revision()
            existing.checksum = digest
            existing.source_url = item.url
            existing.save(update_fields=["checksum", "source_url", "updated_at"])
            _submit(existing.page)
            report.updated.append(item.source_id)


def unique_slug(parent, slug: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def run(data: bytes, source_format: str, parent: ActivityIndexPage) -> Report:
    """Import ``data`` (a file's bytes) read as ``source_format`` (a key of ``PARSERS``)."""
    source, parse = PARSERS[source_format]
    report = Report()
    items = list(parse(data))  # MalformedFile here: nothing written yet
    for item in items:
        if isinstance(item, SkipItem):
            report.skipped.append((getattr(item, "source_id", "?"), str(item)))
            continue
        try:
            _import_one(item, source, parent, report)
        except SkipItem as skip:
            report.skipped.append((item.source_id, str(skip)))
        except Exception as error:  # one broken item must not stop the run; reported
            logger.exception("Import of %s %s failed", source, item.source_id)
            message = getattr(error, "message_dict", None) or str(error)
            report.skipped.append((item.source_id, _("Not saved: %(error)s") % {"error": message}))
    return report
