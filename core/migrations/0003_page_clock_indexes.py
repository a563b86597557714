"""An index on the page's go-live time, for ``core.querysets.hidden_live_ids``.

Every search excludes the live pages the clock hides; without it, finding those few rows
read every live page (28 ms at 100 000 pages). Partial: almost every page has no go-live
time. The expiry time has its index from ``search.0002`` (PostgreSQL).
"""

from django.db import migrations

INDEXES = (
    ("core_page_go_live_at", "wagtailcore_page (go_live_at) WHERE go_live_at IS NOT NULL"),
)


def create_indexes(apps, schema_editor):
    # SQLite and PostgreSQL both know partial indexes and IF NOT EXISTS.
    for name, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    for name, _definition in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("core", "0002_footer_links")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
