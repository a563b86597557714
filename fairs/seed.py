"""Demo seeder: "Foreningsdag 2027" and its stands (``fairs.toml``).

The fair is made after the business directory (its stands name businesses), and a stand
that exists for its association or business is left alone, so seeding again changes
nothing.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from business.seed import business_index
from demo.pages import PageSeeder, find_child
from demo.registry import register
from demo.text import rich_text
from demo.validation import building, check_read, validate

from .choices import Kind, Status
from .models import FairPage, StandApplication


def build_fair(ctx, entry) -> FairPage:
    day = entry["starts_offset_days"]
    map_spec = entry.get("map")
    return FairPage(
        title=entry["title"],
        intro=" ".join(entry["intro"].split()),
        description=rich_text(entry.get("description", "")),
        location=entry["location"],
        starts_at=ctx.at(day, entry["starts_at"]),
        ends_at=ctx.at(day, entry["ends_at"]),
        applications_close_at=ctx.at(entry["applications_close_offset_days"], "23:59"),
        exhibitors_published=entry.get("exhibitors_published", False),
        map_image=ctx.images.picture(map_spec, f"fair/{entry['slug']}/map"),
        map_image_alt=map_spec["alt"] if map_spec else "",
    )


def _ensure_stand(ctx, fair, businesses, stand) -> bool:
    """The stand's application; True when it was made now."""
    association = business = None
    if stand.get("association"):
        association = ctx.page_in("associations", stand["association"])
        kind, lookup = Kind.ASSOCIATION, {"association": association}
    else:
        business = find_child(businesses, stand["business"])
        kind, lookup = Kind.BUSINESS, {"business": business}
    if StandApplication.objects.filter(fair=fair, **lookup).exists():
        return False
    page = association or business
    contact = stand["contact"]
    status = stand.get("status", Status.ACCEPTED)
    application = StandApplication(
        fair=fair,
        kind=kind,
        association=association,
        business=business,
        organisation_name=page.title,
        description=stand["description"],
        offer=stand.get("offer", ""),
        needs_power=stand.get("needs_power", False),
        needs_table=stand.get("needs_table", False),
        placement=stand.get("placement", "either"),
        size=stand.get("size", "small"),
        contact_name=contact["name"],
        contact_email=contact["email"],
        status=status,
        stand_number=stand.get("stand", ""),
        # The demo's decisions count as told: a staff re-save emails nobody.
        decision_sent=status if status != Status.RECEIVED else "",
    )
    validate(application)
    application.save()
    return True


@register("fairs", after=["business", "associations"])
def seed_fairs(ctx) -> None:
    home, businesses = ctx.home_page(), business_index(ctx)
    if home is None or businesses is None:
        return
    seeder = PageSeeder(ctx, _("Association and business days"))
    created = existing = 0
    data = ctx.data("fairs")
    fairs = {
        entry["slug"]: seeder.ensure(home, entry, lambda e: build_fair(ctx, e))
        for entry in data.entries("fairs")
    }
    seeder.done()
    for stand in data.entries("stands"):
        # A stand seeded before is left alone, unread: only a new one must use every key.
        with building(stand, complete=False):
            made = _ensure_stand(ctx, fairs[stand["fair"]], businesses, stand)
        if made:
            check_read(stand)
        created, existing = created + made, existing + (not made)
    ctx.report(_("Stands"), created, existing)
