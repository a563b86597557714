from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Shared")

    def ready(self):
        # Before any other app's ready() imports Wagtail's v3 API, which freezes the
        # page schemas: teach its schema generator how project fields appear.
        from core.api import fields  # noqa: F401

        # Publishing empties the page cache and purges the CDN's copies of listings.
        import_module("core.cache_purge").connect()

        # Every admin CSV download neutralises cells that a spreadsheet would run as formulas.
        import_module("core.exports").protect_spreadsheet_exports()

        # A failing mail server must never roll back what the moderation email reports.
        import_module("core.notifications").connect()

        # Admin listings show a user only what they may edit or what is public.
        from wagtail.models import AbstractPage
        from wagtail.permissions import register_permission_policy

        from core.admin_visibility import VisiblePagePermissionPolicy

        register_permission_policy(AbstractPage, VisiblePagePermissionPolicy())
