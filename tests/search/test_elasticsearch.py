"""Elasticsearch: Danish analysis, the database fallback, and a live-server test when available."""

import logging
import os
import uuid
from io import StringIO
from unittest import mock

import pytest
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from news.models import NewsArticlePage
from search.backends.elasticsearch8 import FallbackElasticsearch8SearchBackend
from search.query import autocomplete_pages, search_pages
from tests.visibility import make_draft, make_expired

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


def es_backends(url, prefix="vcms_test_"):
    database = {"BACKEND": "search.backends.database"}
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
            "FALLBACK_BACKEND": "database",
        },
        "database": database,
    }


def test_index_settings_use_the_danish_analyzer():
    backend = FallbackElasticsearch8SearchBackend({"URLS": [UNREACHABLE]})
    analysis = backend.settings["settings"]["analysis"]

    default = analysis["analyzer"]["default"]
    assert default["type"] == "custom"
    # Danish stop words and stemming, with compounds split before stemming.
    assert default["filter"][-2:] == ["danish_stop", "danish_stemmer"]
    assert analysis["filter"]["danish_stemmer"] == {"type": "stemmer", "language": "danish"}
    assert analysis["filter"]["danish_stop"]["stopwords"] == "_danish_"
    # Autocomplete keeps æøå: no ASCII folding at index time when queries are not folded.
    assert "asciifolding" not in analysis["analyzer"]["edgengram_analyzer"]["filter"]
    # modelsearch's own analysers are still there.
    assert "ngram_analyzer" in analysis["analyzer"]


def test_compounds_are_split_so_a_part_finds_the_whole_word():
    backend = FallbackElasticsearch8SearchBackend({"URLS": [UNREACHABLE]})
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]["filter"]
    decompounder = analysis["filter"]["danish_decompounder"]

    assert decompounder["type"] == "dictionary_decompounder"
    # "Babysvømning" and "Idrætsforening" are indexed with their searched-for parts too.
    assert {"svømning", "idræt", "forening"} <= set(decompounder["word_list"])
    assert default.index("danish_decompounder") < default.index("danish_stemmer")
    assert default.index("lowercase") < default.index("danish_decompounder")


def test_created_index_is_sent_the_danish_settings_and_text_fields_use_the_default():
    backend = FallbackElasticsearch8SearchBackend({"URLS": [UNREACHABLE]})
    index = backend.get_index_for_model(Page)

    with mock.patch.object(backend.es.indices, "create") as create:
        index.put()

    sent = create.call_args.kwargs
    assert "danish_stemmer" in sent["settings"]["analysis"]["analyzer"]["default"]["filter"]
    mapping = backend.mapping_class(NewsArticlePage).get_mapping()["properties"]
    summary = next(v for k, v in mapping.items() if k.endswith("summary"))
    assert summary["type"] == "text"
    assert "analyzer" not in summary  # so the index default (Danish) applies


def test_settings_select_the_fallback_backend_when_elasticsearch_url_is_set(monkeypatch):
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.internal:9200")
    monkeypatch.setenv("SECRET_KEY", "x")
    try:
        reloaded = importlib.reload(base)
        backends = reloaded.WAGTAILSEARCH_BACKENDS
        assert backends["default"]["BACKEND"] == "search.backends.elasticsearch8"
        assert backends["default"]["URLS"] == ["http://search.internal:9200"]
        assert backends["database"]["BACKEND"] == "search.backends.database"
    finally:
        monkeypatch.delenv("ELASTICSEARCH_URL")
        importlib.reload(base)


@pytest.fixture
def unreachable_elasticsearch(site):
    """The site above, indexed in the database, with Elasticsearch configured but down."""
    with override_settings(WAGTAILSEARCH_BACKENDS=es_backends(UNREACHABLE)):
        yield site


def test_unreachable_elasticsearch_falls_back_to_the_database_with_a_warning(
    client, unreachable_elasticsearch, caplog
):
    assert isinstance(get_search_backend(), FallbackElasticsearch8SearchBackend)

    with caplog.at_level(logging.WARNING, logger="search.backends.elasticsearch8"):
        page = client.get("/soeg/", {"q": "petanque"})
        api = client.get("/api/v3/search/", {"q": "petanque"})
        suggestions = client.get("/api/v3/search/autocomplete/", {"q": "petan"})

    assert page.status_code == api.status_code == suggestions.status_code == 200
    assert "Vallensbæk Petanqueklub" in page.content.decode()
    assert api.json()["count"] == 1
    assert [s["title"] for s in suggestions.json()] == ["Vallensbæk Petanqueklub"]
    assert any("Elasticsearch unavailable" in r.getMessage() for r in caplog.records)


def test_the_fallback_keeps_hidden_pages_out(unreachable_elasticsearch):
    site = unreachable_elasticsearch
    make_draft(site.association)
    make_expired(site.guide)

    found = [p.title for p in search_pages("forening")]
    # The index pages "Foreninger" and "Foreningsguider" match the word's compounds.
    assert "Vallensbæk Petanqueklub" not in found
    assert "Sådan søger I tilskud" not in found
    assert list(autocomplete_pages("sådan")) == []


def test_saving_a_page_while_elasticsearch_is_down_does_not_fail(unreachable_elasticsearch):
    site = unreachable_elasticsearch
    site.news.title = "Ny legeplads åbner"
    site.news.save_revision().publish()

    assert [p.title for p in search_pages("åbner")] == ["Ny legeplads åbner"]


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")


@pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="No Elasticsearch server: set ELASTICSEARCH_URL=http://host:9200 to run this test "
    "against a live Elasticsearch 8 cluster.",
)
def test_live_elasticsearch_stems_danish_and_hides_unpublished_pages(site):
    from django.core.management import call_command

    prefix = f"vcms_test_{uuid.uuid4().hex[:8]}_"
    with override_settings(WAGTAILSEARCH_BACKENDS=es_backends(ELASTICSEARCH_URL, prefix)):
        backend = get_search_backend()
        try:
            call_command("update_index", backend_name="default", stdout=StringIO())
            make_expired(site.guide)
            backend.refresh_indexes()

            assert "Vallensbæk Petanqueklub" in [p.title for p in search_pages("foreningerne")]
            assert [p.title for p in search_pages("renoveringen")] == ["Nyt tag på Pilehaveskolen"]
            assert "Sådan søger I tilskud" not in [p.title for p in search_pages("forening")]
            assert [p.title for p in autocomplete_pages("pilehaveh")] == ["Pilehavehallen"]
        finally:
            for index in backend.all_indexes():
                backend.es.indices.delete(index=f"{index.name}*", ignore_unavailable=True)
