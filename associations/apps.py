from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AssociationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "associations"
    verbose_name = _("Associations")

    def ready(self):
        from . import signals

        signals.connect()
        post_migrate.connect(
            signals.grant_model_permissions, dispatch_uid="associations_grant_model_permissions"
        )
