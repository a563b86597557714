"""Demo seeder: renovation projects (``renovations.toml``) with phases, disruptions and a
timeline of updates with pictures."""

from __future__ import annotations

from django.utils.translation import gettext as _

from demo.pages import PageSeeder
from demo.registry import register
from demo.seed import contact
from demo.text import block, image_value, rich_text, stream

from .models import (
    RenovationDisruption,
    RenovationPhase,
    RenovationProjectPage,
    RenovationUpdate,
)


def update_images(ctx, slug: str, number: int, picture) -> str:
    image = ctx.images.picture(picture, f"renovation/{slug}/update-{number}")
    if image is None:
        return stream([])
    value = {"image": image_value(image, picture["alt"]), "caption": picture["label"]}
    return stream([block("image", value)])


def build_project(ctx, entry) -> RenovationProjectPage:
    slug = entry["slug"]
    image = ctx.images.picture(entry.get("image"), f"renovation/{slug}")
    return RenovationProjectPage(
        title=entry["title"],
        summary=entry["summary"],
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        building=entry["building"],
        address=entry["address"],
        status=entry["status"],
        planned_start=ctx.day(entry["planned_start_offset_days"]),
        planned_end=ctx.day(entry["planned_end_offset_days"]),
        expected_end=ctx.day(entry["expected_end_offset_days"]),
        description=rich_text(entry.get("description", "")),
        easy_read=rich_text(entry.get("easy_read", "")),
        contact=contact(ctx, entry.get("contact")),
        phases=[
            RenovationPhase(
                name=phase["name"],
                planned_start=ctx.day(phase["start_offset_days"]),
                planned_end=ctx.day(phase["end_offset_days"]),
                status=phase["status"],
            )
            for phase in entry.get("phases", [])
        ],
        disruptions=[
            RenovationDisruption(
                kind=item["kind"],
                date_from=ctx.day(item["from_offset_days"]),
                date_to=ctx.day(item["to_offset_days"]),
                affected=item["affected"],
                description=item.get("description", ""),
            )
            for item in entry.get("disruptions", [])
        ],
        updates=[
            RenovationUpdate(
                date=ctx.day(update["date_offset_days"]),
                title=update["title"],
                text=rich_text(update["text"]),
                images=update_images(ctx, slug, number, update.get("image")),
            )
            for number, update in enumerate(entry.get("updates", []), start=1)
        ],
    )


@register("renovations", after=["sections", "contacts"])
def seed_renovations(ctx) -> None:
    seeder = PageSeeder(ctx, _("Renovations"))
    for entry in ctx.data("renovations").entries("renovations"):
        seeder.ensure(ctx.index("renovations"), entry, lambda e: build_project(ctx, e))
    seeder.done()
