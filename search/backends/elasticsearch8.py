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

#: Analysis settings merged over modelsearch's: Danish compound splitting, stemming and stop
#: words for every text field without an explicit analyzer, and autocomplete that keeps æ, ø and å (modelsearch's
#: default edge n-grams fold them to ae/o/a while queries are not folded, so "bør" missed "børn").
#: Word parts Danish compounds are made of that citizens search for alone. The decompounder
#: indexes "babysvømning" also as "svømning", "idrætsforening" also as "idræt" and "forening".
#: Extend the list here (then ``update_index --schema-only`` and ``update_index``).
COMPOUND_PARTS = [
    "svømning", "svømme", "idræt", "forening", "foreninger", "klubben", "hallen",
    "skole", "skolen", "bibliotek", "motion", "fodbold", "håndbold", "badminton", "tennis",
    "gymnastik", "senior", "seniorer", "familie", "natur", "strand", "kultur", "teater",
    "renovering", "tilskud", "frivillig", "frivillige", "lokale", "lokaler", "affald",
    "genbrug", "trafik", "cykel",
]  # fmt: skip
#: Parts shorter than this are not looked for inside words ("kor" is inside "korrekt").
MIN_COMPOUND_PART = 5

DANISH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "danish_stop": {"type": "stop", "stopwords": "_danish_"},
                "danish_stemmer": {"type": "stemmer", "language": "danish"},
                # Adds the listed parts found inside a longer word as extra tokens; the
                # whole word stays, so exact matches still rank first.
                "danish_decompounder": {
                    "type": "dictionary_decompounder",
                    "word_list": COMPOUND_PARTS,
                    "min_subword_size": MIN_COMPOUND_PART,
                    "only_longest_match": False,
                },
            },
            "analyzer": {
                # The built-in "danish" analyzer plus the decompounder before stemming.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "danish_decompounder",
                        "danish_stop",
                        "danish_stemmer",
                    ],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "edgengram"],
                },
            },
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
