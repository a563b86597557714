"""Demo seeder: activities (``activities.toml``), one-off and recurring.

An association's activities are placed under its page (which makes it the organiser); the
others go under the activity calendar. Occurrences are built by ``ActivityPage.save``.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from demo.pages import PageSeeder
from demo.registry import register
from demo.seed import audiences
from demo.text import block, rich_text, stream
from demo.validation import building

from .models import ActivityExcludedDate, ActivityPage


def schedule(ctx, entry) -> dict:
    """Start, end and recurrence fields from the relative dates of ``entry``."""
    duration = dt.timedelta(minutes=entry.get("duration_minutes") or 0)
    # All-day activities say "00:00"; the time is read either way, as part of the entry.
    clock = entry.get("start_time") or "00:00"
    if entry.get("all_day"):
        start = ctx.at(entry["start_offset_days"])
        # All-day spans are whole local days; the end only has to fall on the last day.
        end = start + max(duration - dt.timedelta(minutes=1), dt.timedelta(0))
        end = end.replace(hour=23, minute=59)
    else:
        start = ctx.at(entry["start_offset_days"], clock)
        end = start + (duration or dt.timedelta(hours=1))
    rule = entry.get("recurrence") or ""
    return {
        "start": start,
        "end": end,
        "all_day": bool(entry.get("all_day")),
        "recurrence": rule,
        "recurrence_until": ctx.day(entry.get("until_offset_days")) if rule else None,
    }


def build_activity(ctx, entry, organiser) -> ActivityPage:
    image = ctx.images.picture(entry.get("image"), f"activity/{entry['slug']}")
    deadline = entry.get("registration_deadline_offset_days")
    return ActivityPage(
        title=entry["title"],
        summary=entry["summary"],
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        body=stream([block("paragraph", rich_text(entry.get("description", "")))]),
        **schedule(ctx, entry),
        excluded_dates=[
            ActivityExcludedDate(date=ctx.day(offset))
            for offset in entry.get("excluded_offsets_days") or []
        ],
        facility=ctx.page_in("facilities", entry.get("facility")),
        address=entry.get("address") or "",
        organiser=organiser,
        department=entry.get("department") or "",
        audiences=audiences(ctx, entry.get("audiences")),
        is_free=entry.get("is_free", True),
        price_text=entry.get("price_text") or "",
        registration_url=entry.get("registration_url") or "",
        registration_deadline=ctx.at(deadline, "23:59") if deadline is not None else None,
        capacity_note=entry.get("capacity_note") or "",
        accessibility_info=entry.get("accessibility_info") or "",
    )


@register("activities", after=["sections", "facilities", "associations", "audiences"])
def seed_activities(ctx) -> None:
    seeder = PageSeeder(ctx, _("Activities"))
    for entry in ctx.data("activities").entries("activities"):
        # Where the activity goes is needed before knowing whether it exists.
        with building(entry, complete=False):
            organiser = ctx.page_in("associations", entry.get("association"))
        parent = organiser or ctx.index("activities")
        seeder.ensure(parent, entry, lambda e, o=organiser: build_activity(ctx, e, o))
    seeder.done()
