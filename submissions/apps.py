from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "submissions"
    verbose_name = _("Public submissions")

    def ready(self):
        # Deleting a suggestion or its draft page deletes the citizen's photo.
        from . import cleanup

        cleanup.connect()
