"""Fixtures shared by the whole suite."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    from screens import heartbeat

    cache.clear()
    # The heartbeat's per-process write memo describes the cache just emptied.
    heartbeat._last_written.clear()
    yield
    cache.clear()
    heartbeat._last_written.clear()
