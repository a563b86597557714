"""Create missing Locale rows for the languages in ``WAGTAIL_CONTENT_LANGUAGES``."""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Locale


class Command(BaseCommand):
    help = (
        "Create a Wagtail Locale for every language in WAGTAIL_CONTENT_LANGUAGES "
        "(run after adding a language to the setting). Safe to run again."
    )

    def handle(self, *args, **options):
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            state = "created" if created else "exists"
            self.stdout.write(f"{code} ({name}): {state}")
