"""Demo seeder: association guides (``guides.toml``) with numbered steps and checklists."""

from __future__ import annotations

from django.utils.translation import gettext as _

from demo.pages import PageSeeder
from demo.registry import register
from demo.seed import contact
from demo.text import block, rich_text, stream

from .models import GuidePage


def steps(entry) -> str:
    return stream(
        block(
            "step",
            {
                "title": step["title"],
                "body": rich_text(step["body"]),
                "checklist": list(step.get("checklist") or []),
                "downloads": [],
                "contact": None,
            },
        )
        for step in entry.get("steps", [])
    )


def build_guide(ctx, entry) -> GuidePage:
    image = ctx.images.picture(entry.get("image"), f"guide/{entry['slug']}")
    return GuidePage(
        title=entry["title"],
        summary=entry["summary"],
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        steps=steps(entry),
        contact=contact(ctx, entry.get("contact")),
        last_reviewed=ctx.day(entry["last_reviewed_offset_days"]),
        review_interval_months=entry.get("review_interval_months") or 12,
        easy_read=rich_text(entry.get("easy_read", "")),
    )


@register("guides", after=["sections", "contacts"])
def seed_guides(ctx) -> None:
    seeder = PageSeeder(ctx, _("Guides"))
    for entry in ctx.data("guides").entries("guides"):
        seeder.ensure(ctx.index("guides"), entry, lambda e: build_guide(ctx, e))
    seeder.done()
