"""Demo seeder: the "Erhvervspartnere" directory and its businesses (``business.toml``).

The directory is made here, not in ``site.toml``'s sections, and after every other page:
the demo's page ids, which the API examples in the docs quote, stay as they were.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from demo.pages import PageSeeder, find_child
from demo.registry import register
from demo.text import rich_text

from .models import BusinessIndexPage, BusinessOffer, BusinessPage

#: Every page the other seeders make comes first (see the module docstring).
AFTER = ["associations", "standard_pages", "public_forms", "english", "page_links"]


def build_business(ctx, entry) -> BusinessPage:
    key = f"business/{entry['slug']}"
    page = BusinessPage(
        title=entry["title"],
        summary=entry["summary"],
        cvr=entry["cvr"],
        logo=ctx.images.logo(entry["logo_initials"], key, entry["title"]),
        description=rich_text(entry.get("description", "")),
        address=entry.get("address") or "",
        email=entry.get("email") or "",
        phone=entry.get("phone") or "",
        website=entry.get("website") or "",
        contact_name=entry.get("contact_name") or "",
        contact_email=entry.get("contact_email") or "",
        contact_phone=entry.get("contact_phone") or "",
    )
    page.offers = [
        BusinessOffer(kind=offer["kind"], details=offer.get("details", ""))
        for offer in entry["offers"]
    ]
    return page


def business_index(ctx):
    """The directory page, found by its slug under the home page (None without a home)."""
    home = ctx.home_page()
    if home is None:
        return None
    return find_child(home, ctx.data("business").table("index")["slug"])


@register("business", after=AFTER)
def seed_businesses(ctx) -> None:
    home = ctx.home_page()
    if home is None:
        return
    sections = PageSeeder(ctx, _("Business directory"))
    index = sections.ensure(
        home,
        ctx.data("business").table("index"),
        lambda e: BusinessIndexPage(title=e["title"], intro=e["intro"], show_in_menus=True),
    )
    sections.done()
    seeder = PageSeeder(ctx, _("Business partners"))
    for entry in ctx.data("business").entries("businesses"):
        seeder.ensure(index, entry, lambda e: build_business(ctx, e))
    seeder.done()
