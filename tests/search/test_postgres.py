"""Danish full text on PostgreSQL: stemming and ranking (the database backend, "danish")."""

import pytest
from django.db import connection

from home.factories import paragraph
from news.factories import NewsArticlePageFactory
from search.query import search_pages

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Danish stemming needs PostgreSQL's 'danish' text search configuration; "
    "SQLite's FTS5 has no Danish stemmer. Run with DATABASE_URL=postgres://…",
)


def titles(results):
    return [page.title for page in results]


def test_the_backend_uses_the_danish_configuration(db):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert backend.config == "danish"


def test_inflected_forms_find_the_base_form(site):
    # The association's description says "En forening for alle"; no page says "foreningerne".
    assert "Vallensbæk Petanqueklub" in titles(search_pages("foreningerne"))
    # The renovation says "en renovering af skolens tag".
    assert titles(search_pages("renoveringen", type_slug="renoveringer")) == [
        "Nyt tag på Pilehaveskolen"
    ]


def test_base_form_finds_inflected_forms(site):
    NewsArticlePageFactory(
        parent=site.news_index,
        title="Nyt fra kommunen",
        summary="Kort nyt.",
        body=[paragraph("<p>Renoveringerne af skolerne er færdige i maj.</p>")],
    )

    assert titles(search_pages("renovering", type_slug="nyheder")) == ["Nyt fra kommunen"]


def test_a_title_hit_ranks_above_a_body_hit(site):
    NewsArticlePageFactory(
        parent=site.news_index,
        title="Sommerferie i kommunen",
        summary="Åbningstider i ferien.",
        body=[paragraph("<p>Svømmehallen holder lukket i uge 29 og 30.</p>")],
    )
    NewsArticlePageFactory(
        parent=site.news_index,
        title="Svømmehallen får nye omklædningsrum",
        summary="Byggeriet begynder efter ferien.",
        body=[paragraph("<p>Arbejdet tager tre måneder.</p>")],
    )

    assert titles(search_pages("svømmehallen")) == [
        "Svømmehallen får nye omklædningsrum",
        "Sommerferie i kommunen",
    ]


def test_pg_trgm_is_installed_and_finds_compounds_and_typos(site):
    from search import spelling
    from search.query import did_you_mean, searchable_pages

    NewsArticlePageFactory(parent=site.news_index, title="Babysvømning flytter til Egholmskolen")

    assert spelling.uses_trigram_index()
    assert "babysvømning" in spelling.title_words("svomning", searchable_pages())
    assert titles(search_pages("svømning")) == ["Babysvømning flytter til Egholmskolen"]
    assert did_you_mean("svomning", found=True) == "svømning"
