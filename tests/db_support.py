"""The rows the migrations create, put back after a transactional test's flush removed them."""

import functools

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
