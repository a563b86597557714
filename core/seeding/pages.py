"""Create-or-find for demo pages: published through Wagtail, skipped when present."""

from __future__ import annotations

from collections.abc import Callable

from wagtail.models import Page


def find_child(parent: Page, slug: str) -> Page | None:
    """The specific child page of ``parent`` with ``slug``, if any (one indexed query)."""
    page = Page.objects.child_of(parent).filter(slug=slug).first()
    return page.specific if page else None


def publish_child(parent: Page, page: Page) -> Page:
    """Add ``page`` under ``parent`` the way an editor would: validated, revision, published."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class PageSeeder:
    """Counts created and existing pages of one section while ensuring them one by one."""

    def __init__(self, ctx, section: str):
        self.ctx = ctx
        self.section = section
        self.created = 0
        self.existing = 0

    def ensure(self, parent: Page, slug: str, build: Callable[[], Page]) -> Page:
        """The child of ``parent`` with ``slug``; ``build()`` makes it when missing."""
        page = find_child(parent, slug)
        if page is not None:
            self.existing += 1
            return page
        page = build()
        page.slug = slug
        page.locale = self.ctx.locale
        page = publish_child(parent, page)
        self.created += 1
        return page

    def done(self) -> None:
        self.ctx.report(self.section, self.created, self.existing)
