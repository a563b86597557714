from tests.associations.world import *  # noqa: F403
