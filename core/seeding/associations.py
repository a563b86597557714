"""Associations ("foreninger") with logo, picture and meeting place."""

from __future__ import annotations

from django.utils.translation import gettext as _

from associations.models import AssociationPage
from core.demo import data

from . import tree
from .facilities import facility
from .pages import PageSeeder, find_child
from .text import rich_text


def build_association(ctx, spec: dict) -> AssociationPage:
    key = f"association/{spec['slug']}"
    # The data gives associations no picture; draw one labelled with the name.
    picture = spec.get("image") or {
        "label": spec["title"],
        "alt": f"Tegnet landskab ved vandet med navnet {spec['title']}",
    }
    image = ctx.images.picture(picture, key)
    return AssociationPage(
        title=spec["title"],
        summary=spec["summary"],
        category=spec["category"],
        logo=ctx.images.logo(spec["logo_initials"], key, spec["title"]),
        image=image,
        image_alt=picture["alt"],
        description=rich_text(spec.get("description", "")),
        email=spec.get("email") or "",
        phone=spec.get("phone") or "",
        website=spec.get("website") or "",
        cvr=spec.get("cvr") or "",
        meeting_place=facility(ctx, spec.get("meeting_place")),
        membership_info=spec.get("membership_info") or "",
        active=spec.get("active", True),
    )


def seed_associations(ctx) -> None:
    seeder = PageSeeder(ctx, _("Associations"))
    parent = tree.index(ctx, "associations")
    for spec in data.ASSOCIATIONS:
        page = seeder.ensure(parent, spec["slug"], lambda spec=spec: build_association(ctx, spec))
        ctx.remember("association", spec["slug"], page)
    seeder.done()


def association(ctx, slug: str | None) -> AssociationPage | None:
    return ctx.lookup(
        "association", slug, lambda s: find_child(tree.index(ctx, "associations"), s)
    )
