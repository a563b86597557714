from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = _("Email subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_versions import invalidates
        from subscriptions import signals
        from subscriptions.models import Announcement, Consent, Notice, Subscriber, Subscription

        # Subscribers and what they were sent are personal data shown to staff only: no
        # public output reads them, so they invalidate no cache.
        for model in (Subscriber, Subscription, Consent, Announcement, Notice):
            invalidates(model)

        signals.connect()
