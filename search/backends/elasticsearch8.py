"""Elasticsearch 8 with a Danish analyzer, answering from the database when the cluster is down.

Select it in settings with ``"BACKEND": "search.backends.elasticsearch8"``. Extra option:
``FALLBACK_BACKEND`` — the ``WAGTAILSEARCH_BACKENDS`` alias to answer from when Elasticsearch
cannot be reached (default ``"database"``; keep that backend configured so its index stays
current).
"""

import logging
from copy import deepcopy

from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.utils import deep_update

logger = logging.getLogger(__name__)

#: Connection failures, timeouts and server-side errors (cluster red, index missing).
UNAVAILABLE = (TransportError, ApiError)

#: Analysis settings merged over modelsearch's: Danish stemming and stop words for every text
#: field without an explicit analyzer, and autocomplete that keeps æ, ø and å (modelsearch's
#: default edge n-grams fold them to ae/o/a while queries are not folded, so "bør" missed "børn").
DANISH_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "danish"},
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "edgengram"],
                },
            }
        }
    }
}


class FallbackSearchResults(Elasticsearch8SearchResults):
    """Results that come from the fallback backend when Elasticsearch does not answer."""

    def _fallback_results(self):
        compiler = self.query_compiler
        backend = self.backend.fallback_backend
        search = (
            backend.autocomplete
            if isinstance(compiler, self.backend.autocomplete_query_compiler_class)
            else backend.search
        )
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _do_search(self):
        try:
            # The parent is a generator: consume it here so errors surface inside the try.
            return list(super()._do_search())
        except UNAVAILABLE as error:
            logger.warning("Elasticsearch unavailable, searching the database: %s", error)
            return list(self._fallback_results())

    def _do_count(self):
        try:
            return super()._do_count()
        except UNAVAILABLE as error:
            logger.warning("Elasticsearch unavailable, counting in the database: %s", error)
            return self._fallback_results().count()


class FallbackElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    """Wagtail's Elasticsearch 8 backend with Danish analysis and a database fallback."""

    settings = deep_update(deepcopy(Elasticsearch8SearchBackend.settings), DANISH_ANALYSIS)
    results_class = FallbackSearchResults

    def __init__(self, params):
        params = dict(params)
        self.fallback_alias = params.pop("FALLBACK_BACKEND", "database")
        super().__init__(params)
        self._fallback_backend = None

    @property
    def fallback_backend(self):
        if self._fallback_backend is None:
            from wagtail.search.backends import get_search_backend

            self._fallback_backend = get_search_backend(self.fallback_alias)
        return self._fallback_backend


SearchBackend = FallbackElasticsearch8SearchBackend
