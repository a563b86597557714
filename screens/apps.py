from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScreensConfig(AppConfig):
    name = "screens"
    verbose_name = _("Info screens")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_tags import tag_exactly
        from core.cache_versions import PAGES, SCREENS, invalidates

        from .models import Alert, ManualSlide, Screen

        invalidates(Screen, SCREENS)
        invalidates(Screen.news_topics.through, SCREENS)
        invalidates(ManualSlide, SCREENS)
        invalidates(ManualSlide.screens.through, SCREENS)
        invalidates(Alert, PAGES, SCREENS)  # the banner on every page, and every screen
        # current_alert() tags every page that asks for the banner, with or without an alert.
        tag_exactly(Alert)
