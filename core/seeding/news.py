"""News articles; an association's own news is placed under its page."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from news.models import NewsArticlePage

from . import snippets, tree
from .associations import association
from .pages import PageSeeder
from .text import body_blocks, stream


def build_article(ctx, spec: dict) -> NewsArticlePage:
    image = ctx.images.picture(spec.get("image"), f"news/{spec['slug']}")
    return NewsArticlePage(
        title=spec["title"],
        date=ctx.day(spec["date_offset_days"]),
        summary=spec["summary"],
        image=image,
        image_alt=spec["image"]["alt"] if image else "",
        body=stream(body_blocks(spec.get("body", []))),
        featured=spec.get("featured", False),
        contact=snippets.contact(ctx, spec.get("contact")),
        topics=snippets.topics(ctx, spec.get("topics")),
        audiences=snippets.audiences(ctx, spec.get("audiences")),
    )


def seed_news(ctx) -> None:
    seeder = PageSeeder(ctx, _("News"))
    for spec in data.NEWS:
        parent = association(ctx, spec.get("association")) or tree.index(ctx, "news")
        seeder.ensure(parent, spec["slug"], lambda spec=spec: build_article(ctx, spec))
    seeder.done()
