"""Renovation projects with phases, disruptions and a timeline of updates with pictures."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from renovations.models import (
    RenovationDisruption,
    RenovationPhase,
    RenovationProjectPage,
    RenovationUpdate,
)

from . import snippets, tree
from .pages import PageSeeder
from .text import block, image_value, rich_text, stream


def update_images(ctx, slug: str, number: int, picture: dict | None) -> str:
    image = ctx.images.picture(picture, f"renovation/{slug}/update-{number}")
    if image is None:
        return stream([])
    value = {"image": image_value(image, picture["alt"]), "caption": picture["label"]}
    return stream([block("image", value)])


def build_project(ctx, spec: dict) -> RenovationProjectPage:
    slug = spec["slug"]
    image = ctx.images.picture(spec.get("image"), f"renovation/{slug}")
    return RenovationProjectPage(
        title=spec["title"],
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        building=spec["building"],
        address=spec["address"],
        status=spec["status"],
        planned_start=ctx.day(spec["planned_start_offset_days"]),
        planned_end=ctx.day(spec["planned_end_offset_days"]),
        expected_end=ctx.day(spec["expected_end_offset_days"]),
        description=rich_text(spec.get("description", "")),
        contact=snippets.contact(ctx, spec.get("contact")),
        phases=[
            RenovationPhase(
                name=phase["name"],
                planned_start=ctx.day(phase["start_offset_days"]),
                planned_end=ctx.day(phase["end_offset_days"]),
                status=phase["status"],
            )
            for phase in spec.get("phases", [])
        ],
        disruptions=[
            RenovationDisruption(
                kind=item["kind"],
                date_from=ctx.day(item["from_offset_days"]),
                date_to=ctx.day(item["to_offset_days"]),
                affected=item["affected"],
                description=item.get("description", ""),
            )
            for item in spec.get("disruptions", [])
        ],
        updates=[
            RenovationUpdate(
                date=ctx.day(update["date_offset_days"]),
                title=update["title"],
                text=rich_text(update["text"]),
                images=update_images(ctx, slug, number, update.get("image")),
            )
            for number, update in enumerate(spec.get("updates", []), start=1)
        ],
    )


def seed_renovations(ctx) -> None:
    seeder = PageSeeder(ctx, _("Renovations"))
    parent = tree.index(ctx, "renovations")
    for spec in data.RENOVATIONS:
        seeder.ensure(parent, spec["slug"], lambda spec=spec: build_project(ctx, spec))
    seeder.done()
