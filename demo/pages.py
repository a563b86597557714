"""Create-or-find for demo pages: validated, published through Wagtail, skipped when present."""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.utils.translation import gettext as _
from wagtail.models import Page

from .datafiles import Entry
from .validation import building, check_read, validate_new_page


def find_child(parent: Page, slug: str) -> Page | None:
    """The specific child page of ``parent`` with ``slug``, if any (one indexed query)."""
    page = Page.objects.child_of(parent).filter(slug=slug).first()
    return page.specific if page else None


def publish_child(parent: Page, page: Page) -> Page:
    """Add ``page`` under ``parent`` the way an editor would: validated, revision, published."""
    validate_new_page(page)
    page.live = False
    parent.add_child(instance=page)
    # save_revision() runs the page's full_clean() now that it has a place in the tree.
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def page_model(entry: Entry) -> type[Page]:
    """The page type an entry names in ``model`` ("app_label.ModelName")."""
    try:
        model = apps.get_model(entry["model"])
    except LookupError as exc:
        raise ValueError(str(exc)) from exc
    if not issubclass(model, Page):
        raise ValueError(_("%s is not a page type") % entry["model"])
    return model


class PageSeeder:
    """Counts created and existing pages of one section while ensuring them one by one."""

    def __init__(self, ctx, section: str):
        self.ctx = ctx
        self.section = section
        self.created = 0
        self.existing = 0

    def ensure(self, parent: Page, entry: Entry, build: Callable[[Entry], Page]) -> Page:
        """The child of ``parent`` with the entry's slug; ``build(entry)`` makes it if missing.

        A page that exists is left alone, so its data is not read (nor checked) again.
        """
        with building(entry, complete=False):
            page = find_child(parent, entry["slug"])
        if page is not None:
            self.existing += 1
            return page
        with building(entry):
            page = build(entry)
            # A misspelt key explains the validation errors it may cause, so it goes first.
            check_read(entry)
            page.slug = entry["slug"]
            page.locale = self.ctx.locale
            page = publish_child(parent, page)
        self.created += 1
        return page

    def done(self) -> None:
        self.ctx.report(self.section, self.created, self.existing)
