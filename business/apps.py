from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "business"
    verbose_name = _("Business partners")

    def ready(self):
        from associations import access, signals
        from core.cache_versions import PAGES, invalidates

        from .models import BusinessOffer

        # Members keep their business page through the association machinery.
        access.register_member_page_type("business.BusinessPage", "Virksomhed")
        signals.connect_moderated_index("business.BusinessIndexPage")
        # Offers are page content (saved with the page's revision), but a direct change
        # must still reach the cached overview.
        invalidates(BusinessOffer, PAGES)
