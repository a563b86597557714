import pytest

from tests.associations.world import *  # noqa: F403
from tests.smtp_support import failing_smtp_server, smtp_server  # noqa: F401

from .helpers import make_fair


@pytest.fixture
def fair(world):
    return make_fair(world.home)
