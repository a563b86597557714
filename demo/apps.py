from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Demo content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Like Wagtail's wagtail_hooks: every installed app may bring a ``seed`` module that
        # registers its seeders, so no list of apps is kept here.
        autodiscover_modules("seed")
