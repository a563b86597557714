"""Search backends for Wagtail's search (modelsearch), selected in ``WAGTAILSEARCH_BACKENDS``."""
