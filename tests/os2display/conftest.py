"""A facility, an association and public activities there, plus one hidden of each kind.

The site is built once per module (``site_ids``) and read again for each test (``site``):
the tests hide the facility and the association in memory, which must not reach the next test.
"""

import datetime as dt

import pytest
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from associations.factories import AssociationPageFactory
from core.factories import AudienceFactory
from facilities.factories import FacilityPageFactory
from home.factories import home_for_default_site
from tests.db_support import kept_fixture
from tests.visibility import HIDDEN

HIDDEN_KINDS = list(HIDDEN)


def tomorrow_at(hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=1)
    return local_datetime(day.year, day.month, day.day, hour)


_site_ids, site = kept_fixture("site", lambda: build_site())


def build_site() -> dict:
    home = home_for_default_site(slug="forside-os2")
    index = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    library = FacilityPageFactory(title="Vallensbæk Bibliotek", address="Idrætsvej 48")
    library.save_revision().publish()
    club = AssociationPageFactory(title="Lektiecaféen", email="lektier@example.dk")
    club.save_revision().publish()
    children = AudienceFactory(name="Børn", slug="boern")
    seniors = AudienceFactory(name="Seniorer", slug="seniorer")
    homework = ActivityPageFactory(
        parent=index,
        title="Lektiecafé",
        start=tomorrow_at(15),
        end=tomorrow_at(17),
        facility=library,
        address="",
        organiser=club,
    )
    homework.audiences.set([children])
    homework.save_revision().publish()
    dance = ActivityPageFactory(
        parent=index,
        title="Seniordans",
        start=tomorrow_at(10),
        end=tomorrow_at(11),
        department="Seniorservice",
        address="Vallensbæk Stationstorv 100",
    )
    dance.audiences.set([seniors])
    dance.save_revision().publish()
    return {
        "index": index,
        "library": library,
        "club": club,
        "homework": homework,
        "dance": dance,
        "children": children,
        "seniors": seniors,
    }


@pytest.fixture
def hidden(site):
    """One hidden activity of each kind at the library, each with a secret title."""
    pages = {}
    for kind in HIDDEN_KINDS:
        page = ActivityPageFactory(
            parent=site["index"],
            title=f"Hemmelig {kind}",
            slug=f"hemmelig-{kind}",
            start=tomorrow_at(12),
            end=tomorrow_at(13),
            facility=site["library"],
        )
        page.audiences.set([site["children"]])
        page.save_revision().publish()
        pages[kind] = HIDDEN[kind](page)
    return pages
