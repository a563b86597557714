from importlib import import_module

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Shared")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import AbstractPage, PageViewRestriction, Site
        from wagtail.permissions import register_permission_policy

        # Before any other app's ready() imports Wagtail's v3 API, which freezes the
        # page schemas: teach its schema generator how project fields appear.
        from core.api import fields  # noqa: F401

        from . import cache_signals
        from .admin_visibility import VisiblePagePermissionPolicy
        from .cache_tags import tag_exactly
        from .cache_versions import PAGES, SCREENS, invalidates
        from .models import (
            Audience,
            Contact,
            FooterLink,
            MunicipalitySettings,
            OpeningHours,
            SocialLink,
            Topic,
        )

        # Publishing bumps the content versions and purges the CDN's copies of listings.
        cache_signals.connect()
        # What core and Wagtail own; each domain app declares its own models.
        invalidates(PageViewRestriction, PAGES, SCREENS)  # a page turns private or public
        invalidates(Site, PAGES, SCREENS)  # every page URL may change
        invalidates(get_image_model(), PAGES, SCREENS)
        invalidates(get_document_model(), PAGES)
        # Shown only where a page or snippet uses them: their own tag is exact (core.cache_tags).
        tag_exactly(get_image_model())
        tag_exactly(get_document_model())
        invalidates(Topic, PAGES, SCREENS)  # screens choose news by topic
        invalidates(Audience, PAGES)
        invalidates(Contact, PAGES)
        # The header and footer of every page; screen feeds don't show them.
        for model in (MunicipalitySettings, OpeningHours, SocialLink, FooterLink):
            invalidates(model, PAGES)

        # Every admin CSV download neutralises cells that a spreadsheet would run as formulas.
        import_module("core.exports").protect_spreadsheet_exports()
        import_module("core.exports").localise_spreadsheet_datetimes()

        # A failing mail server must never roll back what the moderation email reports.
        import_module("core.notifications").connect()

        # Admin date-time pickers keep what the editor typed (never "now"); see core.scheduling.
        import_module("core.scheduling").keep_typed_datetimes()
        # The default Site's address follows SITE_URL (core.site_url), after every migrate.
        post_migrate.connect(
            import_module("core.site_url").ensure_after_migrate,
            dispatch_uid="core_site_url_after_migrate",
        )

        # Admin listings show a user only what they may edit or what is public.
        register_permission_policy(AbstractPage, VisiblePagePermissionPolicy())
