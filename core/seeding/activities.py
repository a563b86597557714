"""Activities: one-off and recurring, at facilities or addresses, some run by associations.

An association's activities are placed under its page (which makes it the organiser);
the others go under the activity calendar. Occurrences are built by ``ActivityPage.save``.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from activities.models import ActivityExcludedDate, ActivityPage
from core.demo import data

from . import snippets, tree
from .associations import association
from .facilities import facility
from .pages import PageSeeder
from .text import block, rich_text, stream


def schedule(ctx, spec: dict) -> dict:
    """Start, end and recurrence fields from the relative dates of ``spec``."""
    duration = dt.timedelta(minutes=spec.get("duration_minutes") or 0)
    if spec.get("all_day"):
        start = ctx.at(spec["start_offset_days"])
        # All-day spans are whole local days; the end only has to fall on the last day.
        end = start + max(duration - dt.timedelta(minutes=1), dt.timedelta(0))
        end = end.replace(hour=23, minute=59)
    else:
        start = ctx.at(spec["start_offset_days"], spec.get("start_time") or "00:00")
        end = start + (duration or dt.timedelta(hours=1))
    rule = spec.get("recurrence") or ""
    return {
        "start": start,
        "end": end,
        "all_day": bool(spec.get("all_day")),
        "recurrence": rule,
        "recurrence_until": ctx.day(spec.get("until_offset_days")) if rule else None,
    }


def build_activity(ctx, spec: dict, organiser) -> ActivityPage:
    image = ctx.images.picture(spec.get("image"), f"activity/{spec['slug']}")
    deadline = spec.get("registration_deadline_offset_days")
    return ActivityPage(
        title=spec["title"],
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        body=stream([block("paragraph", rich_text(spec.get("description", "")))]),
        **schedule(ctx, spec),
        excluded_dates=[
            ActivityExcludedDate(date=ctx.day(offset))
            for offset in spec.get("excluded_offsets_days") or []
        ],
        facility=facility(ctx, spec.get("facility")),
        address=spec.get("address") or "",
        organiser=organiser,
        department=spec.get("department") or "",
        audiences=snippets.audiences(ctx, spec.get("audiences")),
        is_free=spec.get("is_free", True),
        price_text=spec.get("price_text") or "",
        registration_url=spec.get("registration_url") or "",
        registration_deadline=ctx.at(deadline, "23:59") if deadline is not None else None,
        capacity_note=spec.get("capacity_note") or "",
        accessibility_info=spec.get("accessibility_info") or "",
    )


def seed_activities(ctx) -> None:
    seeder = PageSeeder(ctx, _("Activities"))
    for spec in data.ACTIVITIES:
        organiser = association(ctx, spec.get("association"))
        parent = organiser or tree.index(ctx, "activities")
        seeder.ensure(
            parent, spec["slug"], lambda spec=spec, o=organiser: build_activity(ctx, spec, o)
        )
    seeder.done()
