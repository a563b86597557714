"""``search.SearchDocument``: a narrow copy of the search index, kept by PostgreSQL itself.

On PostgreSQL, triggers on ``wagtailsearch_indexentry`` copy every insert, update, delete and
truncate of an index entry with a numeric object id into ``search_searchdocument`` (the model's
docstring says why), and the entries already indexed are copied once here. Then a GIN index
on the document, and an index on the entries whose title norm Wagtail has yet to set. Other
databases get the empty table only.
"""

import django.contrib.postgres.search
from django.db import migrations, models


TABLE = "search_searchdocument"
COPY = f"""
    INSERT INTO {TABLE} (entry_id, content_type_id, object_id, title, body, document, title_norm)
    SELECT e.id, e.content_type_id, e.object_id::bigint, e.title, e.body, e.title || e.body,
           e.title_norm
    FROM wagtailsearch_indexentry e
    WHERE e.object_id ~ '^[0-9]{{1,18}}$'
"""
CREATE = [
    f"""
    CREATE OR REPLACE FUNCTION search_document_copy() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {TABLE} WHERE entry_id = OLD.id;
            RETURN NULL;
        END IF;
        IF NEW.object_id !~ '^[0-9]{{1,18}}$' THEN
            RETURN NULL;
        END IF;
        INSERT INTO {TABLE}
            (entry_id, content_type_id, object_id, title, body, document, title_norm)
        VALUES (NEW.id, NEW.content_type_id, NEW.object_id::bigint, NEW.title, NEW.body,
                NEW.title || NEW.body, NEW.title_norm)
        ON CONFLICT (entry_id) DO UPDATE SET
            content_type_id = EXCLUDED.content_type_id, object_id = EXCLUDED.object_id,
            title = EXCLUDED.title, body = EXCLUDED.body, document = EXCLUDED.document,
            title_norm = EXCLUDED.title_norm;
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION search_document_empty() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Not TRUNCATE: Django's flush truncates both tables in one statement, and a
        -- table of that statement cannot be truncated again from its trigger.
        DELETE FROM {TABLE};
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER search_document_copy AFTER INSERT OR UPDATE OR DELETE
    ON wagtailsearch_indexentry FOR EACH ROW EXECUTE FUNCTION search_document_copy()
    """,
    """
    CREATE TRIGGER search_document_empty AFTER TRUNCATE
    ON wagtailsearch_indexentry FOR EACH STATEMENT EXECUTE FUNCTION search_document_empty()
    """,
    COPY,
    f"CREATE INDEX search_document_gin ON {TABLE} USING gin (document)",
    # Wagtail gives every entry it writes title_norm 1.0, then sets the norm of all entries
    # still at 1.0: without this index a scan of the whole index on every publish (68 ms at
    # 100 000 pages).
    "CREATE INDEX IF NOT EXISTS search_indexentry_new_title_norm "
    "ON wagtailsearch_indexentry (id) WHERE title_norm = 1.0",
    f"ANALYZE {TABLE}",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_document_copy ON wagtailsearch_indexentry",
    "DROP TRIGGER IF EXISTS search_document_empty ON wagtailsearch_indexentry",
    "DROP FUNCTION IF EXISTS search_document_copy()",
    "DROP FUNCTION IF EXISTS search_document_empty()",
    "DROP INDEX IF EXISTS search_document_gin",
    "DROP INDEX IF EXISTS search_indexentry_new_title_norm",
]


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0003_trigrams_and_synonyms'),
        ('wagtailsearch', '0010_add_text_fields'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('entry_id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('content_type_id', models.IntegerField()),
                ('object_id', models.BigIntegerField()),
                ('title', django.contrib.postgres.search.SearchVectorField()),
                ('body', django.contrib.postgres.search.SearchVectorField()),
                ('document', django.contrib.postgres.search.SearchVectorField()),
                ('title_norm', models.FloatField(default=1.0)),
            ],
            options={
                'default_permissions': (),
                'indexes': [models.Index(fields=['content_type_id', 'object_id'], name='search_sear_content_fbba45_idx')],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
