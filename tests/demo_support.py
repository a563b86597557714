"""The demo seed for test modules: run once for a run of consecutive modules, then rolled back.

Seeding takes 10 to 25 s, so tests share it. The seed runs inside a transaction that stays
open while test modules that use ``seeded`` follow each other on one worker, each test runs
in a savepoint inside it (pytest-django's ``db``), and the whole seed is rolled back before
the first test that does not use it (``close_after``, called from tests/conftest.py), so
other tests never see it. tests/conftest.py puts every module that uses ``seeded`` in one
pytest-xdist group, so they follow each other and one worker seeds once.
A conftest makes the fixture available: ``from tests.demo_support import seeded``.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from tests.db_support import rows_kept_for

#: The fixture's name, for the grouping and for close_after.
FIXTURE = "seeded"

#: This process's open seed: its ``rows_kept_for`` block and the seed's output.
_open: dict = {}


def seed(*args) -> str:
    """Run ``seed_demo`` with small pictures; its output."""
    out = StringIO()
    # In the site's language, as from the command line: a test before this one in the same
    # worker may have left another language active (the output was English on PostgreSQL).
    with translation.override(settings.LANGUAGE_CODE):
        call_command("seed_demo", "--small-images", *args, stdout=out)
    return out.getvalue()


def uses_seed(item) -> bool:
    """Whether a collected test uses the shared demo seed."""
    return FIXTURE in getattr(item, "fixturenames", ())


def close_after(item, nextitem) -> None:
    """Roll the seed back once ``item`` is done, unless the next test uses it or is in the
    same module (whose ``seeded`` pytest keeps, without asking again, until the module ends).

    Called after ``item``'s teardown, so module-scoped fixtures built on the seed are gone.
    """
    if not _open:
        return
    if nextitem is not None and (uses_seed(nextitem) or nextitem.path == item.path):
        return
    block = _open.pop("block")
    _open.clear()
    block.__exit__(None, None, None)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The output of ``seed_demo``; the demo content exists for every test in the module."""
    if not _open:
        block = rows_kept_for(django_db_blocker)
        block.__enter__()
        _open["block"] = block
        try:
            _open["output"] = seed()
        except BaseException:
            _open.clear()
            block.__exit__(None, None, None)
            raise
    return _open["output"]
