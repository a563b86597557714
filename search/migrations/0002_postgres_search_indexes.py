"""PostgreSQL indexes the database search backend's queries need at scale (make bench).

Wagtail's database backend (modelsearch) matches ``(title || body) @@ query``, which the
separate GIN indexes on ``title`` and ``body`` cannot serve, and joins the index entries to
pages on ``page.id::varchar = object_id``, which the page primary key cannot serve: at
100 000 pages every search read every index entry and every page (560 ms per query).
An expression GIN index and an expression index on the page id make both lookups indexed
(20 ms). ``search.query.searchable_pages`` also lists live pages past their expiry on every
search; a partial index on ``expire_at`` keeps that from reading every page.

PostgreSQL only; other databases are left alone.
"""

from django.db import migrations

INDEXES = [
    (
        "search_indexentry_title_body_gin",
        "wagtailsearch_indexentry USING gin ((title || body))",
    ),
    ("search_page_id_varchar", "wagtailcore_page (((id)::varchar(50)))"),
    ("search_page_expire_at", "wagtailcore_page (expire_at) WHERE expire_at IS NOT NULL"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _definition in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_content_locales"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
