"""The associations world (two associations, members, a moderator) for the S3 upload tests."""

from tests.associations.world import *  # noqa: F403
