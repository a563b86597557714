"""Standard pages under the home page (about, contact, accessibility statement …)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from home.models import StandardPage

from . import tree
from .pages import PageSeeder
from .text import body_blocks, stream


def build_standard(ctx, spec: dict) -> StandardPage:
    image = ctx.images.picture(spec.get("image"), f"page/{spec['slug']}")
    return StandardPage(
        title=spec["title"],
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        body=stream(body_blocks(spec.get("body", []))),
    )


def seed_standard_pages(ctx) -> None:
    seeder = PageSeeder(ctx, _("Standard pages"))
    for spec in data.STANDARD_PAGES:
        seeder.ensure(tree.home(ctx), spec["slug"], lambda spec=spec: build_standard(ctx, spec))
    seeder.done()
