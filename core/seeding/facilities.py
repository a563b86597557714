"""Facilities ("lokaler") with rooms and the hours associations can use them."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from core.demo import data
from facilities.models import FacilityAvailability, FacilityPage, FacilityRoom

from . import snippets, tree
from .pages import PageSeeder, find_child
from .text import rich_text


def _time(clock: str) -> dt.time:
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.time(hour, minute)


def build_facility(ctx, spec: dict) -> FacilityPage:
    image = ctx.images.picture(spec.get("image"), f"facility/{spec['slug']}")
    return FacilityPage(
        title=spec["title"],
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        address=spec["address"],
        postcode=spec.get("postcode") or "2665",
        city=spec.get("city") or "Vallensbæk Strand",
        description=rich_text(spec.get("description", "")),
        booking_url=spec.get("booking_url") or "",
        booking_contact=snippets.contact(ctx, spec.get("booking_contact")),
        rooms=[
            FacilityRoom(
                name=room["name"],
                capacity=room.get("capacity"),
                equipment=room.get("equipment", ""),
                accessibility=room.get("accessibility", ""),
            )
            for room in spec.get("rooms", [])
        ],
        availability=[
            FacilityAvailability(
                days=window["days"],
                start=_time(window["start"]),
                end=_time(window["end"]),
                note=window.get("note", ""),
            )
            for window in spec.get("availability", [])
        ],
    )


def seed_facilities(ctx) -> None:
    seeder = PageSeeder(ctx, _("Facilities"))
    parent = tree.index(ctx, "facilities")
    for spec in data.FACILITIES:
        page = seeder.ensure(parent, spec["slug"], lambda spec=spec: build_facility(ctx, spec))
        ctx.remember("facility", spec["slug"], page)
    seeder.done()


def facility(ctx, slug: str | None) -> FacilityPage | None:
    return ctx.lookup("facility", slug, lambda s: find_child(tree.index(ctx, "facilities"), s))
