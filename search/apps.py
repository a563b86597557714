from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from core.cache_versions import PAGES, invalidates

        from .models import SearchSynonym

        # Synonyms and promotions change search results: the search page is never cached
        # (core.page_cache skips /soeg/), but the API's ETags derive from the pages counter.
        invalidates(SearchSynonym, PAGES)
        invalidates("wagtailsearchpromotions.SearchPromotion", PAGES)
