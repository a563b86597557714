"""Demo seeder: news articles (``news.toml``); an association's own news goes under its page."""

from __future__ import annotations

from django.utils.translation import gettext as _

from demo.pages import PageSeeder
from demo.registry import register
from demo.seed import audiences, contact, topics
from demo.text import body, rich_text
from demo.validation import building

from .models import NewsArticlePage


def build_article(ctx, entry) -> NewsArticlePage:
    image = ctx.images.picture(entry.get("image"), f"news/{entry['slug']}")
    return NewsArticlePage(
        title=entry["title"],
        date=ctx.day(entry["date_offset_days"]),
        summary=entry["summary"],
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        body=body(NewsArticlePage, "body", entry.get("body", [])),
        featured=entry.get("featured", False),
        easy_read=rich_text(entry.get("easy_read", "")),
        contact=contact(ctx, entry.get("contact")),
        topics=topics(ctx, entry.get("topics")),
        audiences=audiences(ctx, entry.get("audiences")),
    )


@register("news", after=["sections", "associations", "topics", "audiences", "contacts"])
def seed_news(ctx) -> None:
    seeder = PageSeeder(ctx, _("News"))
    for entry in ctx.data("news").entries("news"):
        # Where the article goes is needed before knowing whether it exists.
        with building(entry, complete=False):
            parent = ctx.page_in("associations", entry.get("association")) or ctx.index("news")
        seeder.ensure(parent, entry, lambda e: build_article(ctx, e))
    seeder.done()
