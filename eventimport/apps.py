from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventImportConfig(AppConfig):
    name = "eventimport"
    verbose_name = _("Event import")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_versions import PAGES, invalidates

        from .models import ImportedEvent

        # A published imported activity shows its source.
        invalidates(ImportedEvent, PAGES)
