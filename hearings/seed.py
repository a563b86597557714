"""Demo seeder: hearings (``hearings.toml``): upcoming, open with answers, decided.

Answers are rows, not pages; they are made only with a hearing the seeder creates, so a
second run (the hearing exists) adds nothing. The decided hearing gets a generated PDF as its
høringsnotat.
"""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from demo.pages import PageSeeder, find_child
from demo.registry import register
from demo.seed import contact
from demo.text import rich_text

from .models import HearingAnswer, HearingPage, HearingRelatedPage


def note_pdf(title: str) -> bytes:
    """A one-page PDF with the title as its text (enough for a demo download)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 760 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>stream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def hearing_note(title: str | None):
    if not title:
        return None
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save("hoeringsnotat.pdf", ContentFile(note_pdf(title)), save=False)
    document.save()
    return document


def build_hearing(ctx, entry) -> HearingPage:
    meeting_at = None
    if entry.get("meeting_offset_days") is not None:
        meeting_at = ctx.at(entry["meeting_offset_days"], entry["meeting_time"])
    related = []
    if entry.get("related"):
        target = find_child(ctx.index("renovations"), entry["related"])
        if target is not None:
            related = [HearingRelatedPage(page=target)]
    page = HearingPage(
        related_pages=related,
        title=entry["title"],
        summary=entry["summary"],
        body=rich_text(entry["body"]),
        easy_read=rich_text(entry["easy_read"]) if entry.get("easy_read") else "",
        department=entry["department"],
        contact=contact(ctx, entry.get("contact")),
        start=ctx.day(entry["start_offset_days"]),
        deadline=ctx.day(entry["deadline_offset_days"]),
        meeting_at=meeting_at,
        meeting_place=entry.get("meeting_place", ""),
        decision_date=ctx.day(entry.get("decision_offset_days")),
        decision_text=entry.get("decision", ""),
        decision_url=entry.get("decision_url", ""),
        hearing_note=hearing_note(entry.get("hearing_note")),
    )
    page.demo_answers = read_answers(entry)
    return page


def read_answers(entry) -> list[dict]:
    """Every answer's fields, read while the page is built (the seeder reports unread keys)."""
    keys = (
        "name", "email", "address", "hide_address", "organisation", "text", "channel",
        "status", "hidden", "note",
    )  # fmt: skip
    return [{key: item[key] for key in keys if key in item} for item in entry.get("answers", [])]


def add_answers(hearing: HearingPage, answers: list[dict], start: dt.date) -> None:
    for number, item in enumerate(answers, start=1):
        received = timezone.make_aware(
            dt.datetime.combine(start + dt.timedelta(days=number), dt.time(10, 0))
        )
        status = item["status"]
        HearingAnswer.objects.create(
            hearing=hearing,
            name=item["name"],
            email=item.get("email", ""),
            address=item.get("address", ""),
            hide_address=item.get("hide_address", False),
            respondent=(
                HearingAnswer.Respondent.ORGANISATION
                if item.get("organisation")
                else HearingAnswer.Respondent.PERSON
            ),
            organisation=item.get("organisation", ""),
            text=item["text"],
            channel=item.get("channel", HearingAnswer.Channel.WEB),
            status=status,
            redacted_passages=item.get("hidden", ""),
            redaction_note=item.get("note", ""),
            created_at=received,
            published_at=received + dt.timedelta(days=1) if status == "published" else None,
            # The decided hearing's answerers were told already.
            decision_sent_at=timezone.now() if hearing.decision_date else None,
        )


@register("hearings", after=["sections", "contacts", "renovations"])
def seed_hearings(ctx) -> None:
    seeder = PageSeeder(ctx, _("Hearings"))
    index = ctx.index("hearings")
    for entry in ctx.data("hearings").entries("hearings"):
        created_before = seeder.created
        page = seeder.ensure(index, entry, lambda e: build_hearing(ctx, e))
        if seeder.created == created_before:
            continue
        add_answers(page, getattr(page, "demo_answers", None) or read_answers(entry), page.start)
    seeder.done()
