from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = _("Webhooks for integrations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_versions import invalidates
        from webhooks import signals
        from webhooks.models import Subscription

        # Subscriptions are admin-only configuration: no public output shows them.
        invalidates(Subscription)

        signals.connect()
