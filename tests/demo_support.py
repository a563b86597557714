"""The demo seed for test modules: run once per module, rolled back when the module is done.

Seeding takes a few seconds, so tests share it: the seed runs inside a transaction that
stays open for the module, each test runs in a savepoint inside it (pytest-django's
``db``), and the whole seed is rolled back at the end so other test modules never see it.
A conftest makes the fixture available: ``from tests.demo_support import seeded``.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import translation


def seed(*args) -> str:
    """Run ``seed_demo`` with small pictures; its output."""
    out = StringIO()
    # In the site's language, as from the command line: a test before this one in the same
    # worker may have left another language active (the output was English on PostgreSQL).
    with translation.override(settings.LANGUAGE_CODE):
        call_command("seed_demo", "--small-images", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The output of ``seed_demo``; the demo content exists for every test in the module."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield seed()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
