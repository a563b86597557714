from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecognitionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recognition"
    verbose_name = _("Recognition of volunteers")

    def ready(self):
        from core.cache_versions import PAGES, invalidates

        from . import signals
        from .models import Nomination

        invalidates(Nomination, PAGES)  # winners are celebrated on their association's page
        signals.connect()  # and purged from a CDN
