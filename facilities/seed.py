"""Demo seeder: facilities ("lokaler", ``facilities.toml``) with rooms and usable hours."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from demo.pages import PageSeeder
from demo.registry import register
from demo.seed import contact
from demo.text import rich_text

from .models import FacilityAvailability, FacilityPage, FacilityRoom


def _time(clock: str) -> dt.time:
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.time(hour, minute)


def build_facility(ctx, entry) -> FacilityPage:
    image = ctx.images.picture(entry.get("image"), f"facility/{entry['slug']}")
    return FacilityPage(
        title=entry["title"],
        summary=entry["summary"],
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        address=entry["address"],
        postcode=entry.get("postcode") or "2665",
        city=entry.get("city") or "Vallensbæk Strand",
        description=rich_text(entry.get("description", "")),
        booking_url=entry.get("booking_url") or "",
        booking_contact=contact(ctx, entry.get("booking_contact")),
        rooms=[
            FacilityRoom(
                name=room["name"],
                capacity=room.get("capacity"),
                equipment=room.get("equipment", ""),
                accessibility=room.get("accessibility", ""),
            )
            for room in entry.get("rooms", [])
        ],
        availability=[
            FacilityAvailability(
                days=window["days"],
                start=_time(window["start"]),
                end=_time(window["end"]),
                note=window.get("note", ""),
            )
            for window in entry.get("availability", [])
        ],
    )


@register("facilities", after=["sections", "contacts"])
def seed_facilities(ctx) -> None:
    seeder = PageSeeder(ctx, _("Facilities"))
    for entry in ctx.data("facilities").entries("facilities"):
        seeder.ensure(ctx.index("facilities"), entry, lambda e: build_facility(ctx, e))
    seeder.done()
