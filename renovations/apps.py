from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RenovationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "renovations"
    verbose_name = _("Renovations")
