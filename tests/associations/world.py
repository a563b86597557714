"""A small site with two associations, their members and a moderator, for the feature's tests.

Import the fixtures into a test package's ``conftest.py``::

    from tests.associations.world import *  # noqa: F403
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.access import MODERATORS_GROUP_NAME
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from associations.models import Membership
from business.factories import BusinessIndexPageFactory, BusinessPageFactory
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import StandardPageFactory, home_for_default_site
from news.factories import NewsArticlePageFactory
from tests.db_support import fetched, kept_fixture, object_ids

PASSWORD = "correct-horse-battery"

__all__ = ["PASSWORD", "World", "make_user", "world"]


def make_user(username, *, groups=(), **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com", password=PASSWORD, **extra
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@dataclass
class World:
    home: object
    association_index: object
    association_a: object
    association_b: object
    activity_a: object
    activity_b: object
    news_b: object
    activity_index: object
    municipal_activity: object
    guide_index: object
    guide: object
    standard_page: object
    member_a: object
    member_b: object
    moderator: object
    business_index: object = None
    business_a: object = None
    business_b: object = None
    business_member: object = None

    def ids(self) -> dict:
        """``(model, pk)`` of each object, for a module-scoped fixture (tests.db_support)."""
        return object_ids(vars(self))

    @classmethod
    def fetched(cls, ids: dict) -> "World":
        """Fresh instances, read again from the database, for :meth:`ids`."""
        return cls(**fetched(ids))


@pytest.fixture
def world(db) -> World:
    return build_world()


def kept_world():
    """``_world_ids`` and a per-test ``world``, for a module whose tests share one world.

    Assign both in the module: ``_world_ids, world = kept_world()`` (tests.db_support).
    """
    return kept_fixture("world", lambda: vars(build_world()), lambda objects: World(**objects))


def build_world() -> World:
    """The pages and users of :func:`world` (needs database access)."""
    home = home_for_default_site(title="Vallensbæk Kommune")
    association_index = AssociationIndexPageFactory(parent=home)
    association_a = AssociationPageFactory(
        parent=association_index, title="Vallensbæk Petanqueklub", slug="petanque"
    )
    association_b = AssociationPageFactory(
        parent=association_index, title="Strandens Roklub", slug="roklub"
    )
    activity_index = ActivityIndexPageFactory(parent=home)
    guide_index = GuideIndexPageFactory(parent=home)
    member_a = make_user("anna", first_name="Anna")
    member_b = make_user("bent", first_name="Bent")
    Membership.objects.create(user=member_a, association=association_a)
    Membership.objects.create(
        user=member_b, association=association_b, role=Membership.Role.CONTACT
    )
    # Businesses keep their pages through the same memberships (``business``).
    business_index = BusinessIndexPageFactory(parent=home)
    business_a = BusinessPageFactory(parent=business_index, title="Bageriet ved Søen")
    business_b = BusinessPageFactory(parent=business_index, title="Strandvejens Tømrerfirma")
    business_member = make_user("birgit", first_name="Birgit")
    Membership.objects.create(user=business_member, association=business_a)
    return World(
        home=home,
        association_index=association_index,
        association_a=association_a,
        association_b=association_b,
        activity_a=ActivityPageFactory(parent=association_a, title="Petanque for begyndere"),
        activity_b=ActivityPageFactory(parent=association_b, title="Kajak for begyndere"),
        news_b=NewsArticlePageFactory(parent=association_b, title="Roklubben fylder 50"),
        activity_index=activity_index,
        municipal_activity=ActivityPageFactory(parent=activity_index, title="Fællessang"),
        guide_index=guide_index,
        guide=GuidePageFactory(parent=guide_index, title="Sådan søger I tilskud"),
        standard_page=StandardPageFactory(parent=home, title="Om kommunen"),
        member_a=member_a,
        member_b=member_b,
        moderator=make_user("mette", groups=[MODERATORS_GROUP_NAME], first_name="Mette"),
        business_index=business_index,
        business_a=business_a,
        business_b=business_b,
        business_member=business_member,
    )
