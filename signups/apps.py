from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Sign-up for activities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_versions import PAGES, invalidates

        from .models import Registration, SignupOption, SignupQuestion

        # The activity page shows whether sign-up is open and how many places are left.
        for model in (SignupOption, SignupQuestion, Registration):
            invalidates(model, PAGES)
