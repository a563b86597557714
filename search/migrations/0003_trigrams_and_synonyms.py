"""pg_trgm for compound words and "Mente du …?", and the editors' search synonyms.

On PostgreSQL: the ``pg_trgm`` extension and a trigram index on the folded page title
(``translate(lower(title), 'æøå', 'aoa')``, the expression ``search.spelling`` queries), so
finding the titles that look like a typed word stays an index scan at 100 000 pages. Both are
no-ops on other databases (``TrigramExtension`` skips them itself).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

INDEX = (
    "search_page_title_folded_trgm",
    "wagtailcore_page USING gin ((translate(lower(title), 'æøå', 'aoa')) gin_trgm_ops)",
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    name, definition = INDEX
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX[0]}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_search_indexes")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
        migrations.CreateModel(
            name="SearchSynonym",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text="The word citizens search for, e.g. svømning.",
                        max_length=100,
                        unique=True,
                        verbose_name="search word",
                    ),
                ),
                (
                    "synonyms",
                    models.TextField(
                        help_text=(
                            "Words or short phrases that a search for the word should also "
                            "find, separated by commas, e.g. svømmehal, babysvømning."
                        ),
                        verbose_name="synonyms",
                    ),
                ),
            ],
            options={
                "verbose_name": "search synonym",
                "verbose_name_plural": "search synonyms",
                "ordering": ["term"],
            },
        ),
    ]
