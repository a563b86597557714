"""Pages no public output may show, made the way each one arises in Wagtail.

Shared by the leak tests of every output (API, search, feeds, screens and
``tests/core/test_visibility_everywhere.py``): each maker takes a live, public page and
returns it hidden in one way. ``HIDDEN`` names them all for parametrised tests.
"""

import datetime as dt

from django.utils import timezone
from wagtail.models import PageViewRestriction


def make_draft(page):
    """Unpublished: the page keeps its content as a draft."""
    page.unpublish()
    return page


def make_expired(page):
    """Live, but its expiry passed a minute ago (``publish_scheduled`` has not run yet)."""
    page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    return page


def make_restricted(page, kind=PageViewRestriction.LOGIN):
    """Behind a view restriction (login, or a password the visitor may have passed)."""
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="hemmelig")
    return page


def make_scheduled(page):
    """Not live yet: its approved revision waits for ``go_live_at`` tomorrow."""
    page.unpublish()
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def make_live_before_go_live(page):
    """Live in the database with a go-live time still ahead, as an import or script writes it.

    Wagtail itself never writes this: scheduling a live page keeps the time on the waiting
    revision (``reschedule_live_page``).
    """
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save(update_fields=["go_live_at"])
    return page


def reschedule_live_page(page, new_title: str):
    """An editor schedules a change to a live page for tomorrow: the current version stays."""
    page.title = new_title
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title != new_title
    return page


HIDDEN = {
    "draft": make_draft,
    "expired": make_expired,
    "login_restricted": make_restricted,
    "password_restricted": lambda page: make_restricted(page, PageViewRestriction.PASSWORD),
    "scheduled": make_scheduled,
    "live_before_go_live": make_live_before_go_live,
}
