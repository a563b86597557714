import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from booking.factories import BookableRoomFactory
from booking.services import STAFF_GROUP_NAME
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory, FacilityRoomFactory
from tests.associations.world import *  # noqa: F403
from tests.associations.world import make_user


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


@pytest.fixture
def hall(world):
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
