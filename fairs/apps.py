from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FairsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "fairs"
    verbose_name = _("Association and business days")

    def ready(self):
        from core.cache_versions import PAGES, invalidates

        from .models import StandApplication

        # Accepted applications make the public exhibitor list (page and API).
        invalidates(StandApplication, PAGES)
