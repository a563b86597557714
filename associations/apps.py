from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AssociationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "associations"

    def ready(self):
        from . import signals

        signals.connect()
        post_migrate.connect(
            signals.grant_model_permissions, dispatch_uid="associations_grant_model_permissions"
        )
