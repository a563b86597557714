"""The rows the migrations create, put back after a transactional test's flush removed them."""

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

#: Fixtures that make a test transactional: it commits, and a flush of every table ends it.
TRANSACTIONAL_FIXTURES = frozenset({"transactional_db", "live_server"})

#: The project's data migrations, in the order the migration graph applies them.
DATA_MIGRATIONS = [
    ("search", "0001_content_locales"),
    ("associations", "0002_groups_and_workflow"),
    ("accounts", "0002_kommunikation_requires_two_factor"),
    ("recognition", "0002_grant_export_nomination"),
    ("booking", "0001_rooms_and_bookings"),
    ("booking", "0002_seasons"),
    ("booking", "0004_booking_team_edits_groups"),
]


@functools.cache
def _migrated_state():
    """The historical models after every migration (rendered once per process)."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(connection)
    return loader, loader.project_state().apps


def restore_migration_rows() -> None:
    """Put back what the migrations created: locales, root page and collection, groups,
    permissions, the moderation workflow.

    A transactional test (``transactional_db``, a live server) ends with a flush that empties
    every table, the rows the migrations created included. Tests after it in the same process
    (which one comes after which depends on how pytest-xdist shares the modules out) build on
    those rows. The project's own data migrations are idempotent and run again here, so the
    rows are the migrations' own, not a copy of them. Call with database access.
    """
    from django.conf import settings
    from django.db.migrations.operations import RunPython
    from wagtail.models import Collection, Locale, Page

    loader, historical_apps = _migrated_state()
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for node in DATA_MIGRATIONS:
        for operation in loader.graph.nodes[node].operations:
            if isinstance(operation, RunPython):
                operation.code(historical_apps, None)


def is_transactional(item) -> bool:
    """Whether a collected test (or a fixture request) ends with a flush of every table."""
    marker = item.get_closest_marker("django_db")
    fixturenames = getattr(item, "fixturenames", ())
    return bool(TRANSACTIONAL_FIXTURES & set(fixturenames)) or (
        marker is not None
        and bool(marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    )


@contextmanager
def rows_kept_for(django_db_blocker) -> Iterator[None]:
    """Rows made inside stay until the block ends, then are rolled back: shared by many tests.

    For a module-scoped fixture that builds what a module's tests only read (a site tree, the
    demo seed): it is built once instead of once per test. Each test still runs in a savepoint
    inside this transaction (pytest-django's ``db``), so what a test changes is undone after
    it, and what the fixture built is undone when the block ends, before other modules run.
    Not for fixtures that transactional tests use: those commit, and a flush ends them.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def object_ids(objects: dict) -> dict:
    """``(model, pk)`` of each model instance in ``objects``: what a module-scoped fixture
    built with :func:`rows_kept_for` hands to its tests.

    The instances themselves would carry one test's in-memory changes (a title set, a page
    unpublished) into the next; ``fetched`` gives each test fresh ones. ``None`` is left out.
    """
    return {name: (type(obj), obj.pk) for name, obj in objects.items() if obj is not None}


def fetched(ids: dict) -> dict:
    """Fresh instances, read again from the database, for :func:`object_ids`."""
    return {name: model._default_manager.get(pk=pk) for name, (model, pk) in ids.items()}


def kept_fixture(name: str, build, wrap=dict):
    """Two fixtures for a test module: ``name``, per test, built by ``build()`` once per module.

    ``build()`` returns a dict of model instances. It runs once, inside :func:`rows_kept_for`,
    as the module-scoped fixture ``_<name>_ids``; each test gets ``wrap()`` of fresh instances.
    Assign both in the module, so that pytest finds them::

        _site_ids, site = kept_fixture("site", lambda: vars(build_site()), as_namespace)
    """
    import inspect

    import pytest

    ids_name = f"_{name}_ids"

    @pytest.fixture(scope="module", name=ids_name)
    def built_once(django_db_setup, django_db_blocker):
        with rows_kept_for(django_db_blocker):
            yield object_ids(build())

    def fresh(**fixtures):
        return wrap(fetched(fixtures[ids_name]))

    # Named in the signature, not fetched with getfixturevalue: pytest then sets the module's
    # rows up before the test's savepoint (``db``), not inside it.
    fresh.__signature__ = inspect.Signature(
        [inspect.Parameter(arg, inspect.Parameter.KEYWORD_ONLY) for arg in (ids_name, "db")]
    )
    return built_once, pytest.fixture(name=name)(fresh)


def as_namespace(objects: dict) -> SimpleNamespace:
    """``wrap`` for :func:`kept_fixture`, for fixtures that were a ``SimpleNamespace``."""
    return SimpleNamespace(**objects)
