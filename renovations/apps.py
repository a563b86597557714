from django.apps import AppConfig


class RenovationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "renovations"
