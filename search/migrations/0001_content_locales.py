"""Create a Locale row for every language in WAGTAIL_CONTENT_LANGUAGES (da and en).

Wagtail only creates the default language's row; without the others the admin cannot offer
"Translate" and /en/ serves nothing. Idempotent; adding a language to the setting later needs
a row made by ``manage.py sync_locales`` (or in the admin, Settings → Locales).
"""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", []):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0054_initial_locale")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
