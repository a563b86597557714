"""Association guides with numbered steps and checklists."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from guides.models import GuidePage

from . import snippets, tree
from .pages import PageSeeder
from .text import block, rich_text, stream


def steps(spec: dict) -> str:
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
        for step in spec.get("steps", [])
    )


def build_guide(ctx, spec: dict) -> GuidePage:
    image = ctx.images.picture(spec.get("image"), f"guide/{spec['slug']}")
    return GuidePage(
        title=spec["title"],
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        steps=steps(spec),
        contact=snippets.contact(ctx, spec.get("contact")),
        last_reviewed=ctx.day(spec["last_reviewed_offset_days"]),
        review_interval_months=spec.get("review_interval_months") or 12,
    )


def seed_guides(ctx) -> None:
    seeder = PageSeeder(ctx, _("Guides"))
    parent = tree.index(ctx, "guides")
    for spec in data.GUIDES:
        seeder.ensure(parent, spec["slug"], lambda spec=spec: build_guide(ctx, spec))
    seeder.done()
