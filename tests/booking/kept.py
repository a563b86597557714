"""``world`` and ``hall`` built once per module, for the booking modules that ask for it::

    world, hall = fresh_world(), fresh_hall()

``kept_world_and_hall`` (tests/booking/conftest.py) builds them; each test gets fresh
instances, because tests change them in memory too (a room's rules, before saving).
"""

import pytest

from tests.associations.world import World
from tests.booking.conftest import Hall


def fresh_world():
    """A per-test ``world`` fixture of fresh instances of the module's world."""

    @pytest.fixture(name="world")
    def world(db, kept_world_and_hall):
        return World.fetched(kept_world_and_hall[0])

    return world


def fresh_hall():
    """A per-test ``hall`` fixture of fresh instances of the module's hall."""

    @pytest.fixture(name="hall")
    def hall(db, kept_world_and_hall):
        return Hall.fetched(kept_world_and_hall[1])

    return hall
