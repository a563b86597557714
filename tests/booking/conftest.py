import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from booking.factories import BookableRoomFactory
from booking.services import STAFF_GROUP_NAME
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory, FacilityRoomFactory
from tests.associations.world import *  # noqa: F403
from tests.associations.world import build_world, make_user
from tests.db_support import fetched, object_ids, rows_kept_for


def next_weekday(weekday: int, weeks_ahead: int = 3) -> dt.date:
    """A date ``weeks_ahead`` weeks from now on ``weekday`` (0 = Monday)."""
    day = timezone.localdate() + dt.timedelta(weeks=weeks_ahead)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


@dataclass
class Hall:
    facility: object
    gym: object
    kitchen: object
    staff: object

    def ids(self) -> dict:
        """``(model, pk)`` of each object, for a module-scoped fixture (tests.db_support)."""
        return object_ids(vars(self))

    @classmethod
    def fetched(cls, ids: dict) -> "Hall":
        """Fresh instances, read again from the database, for :meth:`ids`."""
        return cls(**fetched(ids))


@pytest.fixture
def hall(world):
    return build_hall(world)


def build_hall(world) -> Hall:
    """The facility, rooms and booking staff of :func:`hall` (needs database access)."""
    index = FacilityIndexPageFactory(parent=world.home)
    facility = FacilityPageFactory(parent=index, title="Pilegårdsskolen", slug="pilegaardsskolen")
    gym = BookableRoomFactory(
        room=FacilityRoomFactory(facility=facility, name="Gymnastiksalen"), step_free=True
    )
    kitchen = BookableRoomFactory(
        room=FacilityRoomFactory(facility=facility, name="Skolekøkkenet", capacity=24),
        needs_approval=False,
    )
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP_NAME)
    if not group.permissions.exists():  # a transactional test's flush removed it
        from django.contrib.auth.models import Permission

        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="manage_bookings"),
        )
    staff = make_user("birgitte", groups=[STAFF_GROUP_NAME], first_name="Birgitte")
    return Hall(facility=facility, gym=gym, kitchen=kitchen, staff=staff)


@pytest.fixture(scope="module")
def kept_world_and_hall(django_db_setup, django_db_blocker):
    """``(world.ids(), hall.ids())`` of a world and hall built once for a whole module.

    Opt-in, for modules whose tests change the hall and world only in the database (undone
    after each test): such a module overrides ``world`` and ``hall`` to fetch fresh instances
    with ``World.fetched`` and ``Hall.fetched``. Not for transactional tests (rows_kept_for).
    """
    with rows_kept_for(django_db_blocker):
        world = build_world()
        yield world.ids(), build_hall(world).ids()
