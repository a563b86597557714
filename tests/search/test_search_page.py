"""The search page at /soeg/: types, summaries, pagination, promotions and the terms report."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from news.factories import NewsArticlePageFactory
from search.types import SEARCH_TYPES


def danish(text) -> str:
    """``text`` as the Danish site shows it (translated once locale/da is compiled)."""
    with translation.override("da"):
        return str(text)


def soup_for(client, params, path="/soeg/"):
    response = client.get(path, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_titles(soup):
    results = soup.find("ol", class_="search-results")
    return [h2.get_text(strip=True) for h2 in results.find_all("h2")] if results else []


def test_the_bug_that_500ed_is_fixed_a_search_lists_hits_with_summary_and_type(client, site):
    soup = soup_for(client, {"q": "petanque"})

    hit = soup.find("ol", class_="search-results").li
    assert hit.h2.a["href"] == "/foreninger/petanque/"
    assert "Vi spiller petanque hver tirsdag." in hit.get_text()
    assert hit.find(class_="meta").get_text() == danish(SEARCH_TYPES["foreninger"].label)


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("nyheder", "Ny legeplads ved Strandparken"),
        ("aktiviteter", "Fællessang i biblioteket"),
        ("renoveringer", "Nyt tag på Pilehaveskolen"),
        ("foreninger", "Vallensbæk Petanqueklub"),
        ("guider", "Sådan søger I tilskud"),
        ("lokaler", "Pilehavehallen"),
    ],
)
def test_each_type_filter_shows_only_that_type(client, site, slug, title):
    # "vallensbæk" appears in every factory page (address, title or text) or not at all;
    # the type filter alone decides which one is shown.
    soup = soup_for(client, {"q": title.split()[-1], "type": slug})

    assert result_titles(soup) == [title]
    current = soup.find("nav", class_="search-types").find("a", attrs={"aria-current": "true"})
    assert current.get_text() == danish(SEARCH_TYPES[slug].label)


def test_type_links_keep_the_query(client, site):
    soup = soup_for(client, {"q": "skole & fritid"})

    links = [a["href"] for a in soup.find("nav", class_="search-types").find_all("a")]
    assert links[0] == "?q=skole%20%26%20fritid"
    assert "?q=skole%20%26%20fritid&type=nyheder" in links


def test_an_unknown_type_searches_everything(client, site):
    soup = soup_for(client, {"q": "forening", "type": "'; DROP TABLE"})

    assert "Vallensbæk Petanqueklub" in result_titles(soup)


@pytest.fixture
def many_articles(site):
    return [
        NewsArticlePageFactory(parent=site.news_index, title=f"Affaldssortering {n}")
        for n in range(12)
    ]


def test_results_are_paginated_and_links_keep_query_and_type(client, site, many_articles):
    first = soup_for(client, {"q": "affaldssortering", "type": "nyheder"})
    second = soup_for(client, {"q": "affaldssortering", "type": "nyheder", "page": "2"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert first.find("a", rel="next")["href"] == "?q=affaldssortering&type=nyheder&page=2"
    assert second.find("a", rel="prev")["href"] == "?q=affaldssortering&type=nyheder&page=1"
    assert first.find(attrs={"role": "status"}).get_text().startswith("12 ")


@pytest.mark.parametrize(
    ("raw", "expected_count"), [("abc", 10), ("0", 10), ("-3", 10), ("999", 2)]
)
def test_bad_page_values_fall_back(client, site, many_articles, raw, expected_count):
    soup = soup_for(client, {"q": "affaldssortering", "page": raw})

    assert len(result_titles(soup)) == expected_count


def test_promoted_results_come_first(client, site):
    SearchPromotion.objects.create(
        query=Query.get("Tilskud"), page=site.facility, description="Lån hallen gratis."
    )
    SearchPromotion.objects.create(
        query=Query.get("tilskud"),
        external_link_url="https://www.vallensbaek.dk/tilskud",
        external_link_text="Tilskud på vallensbaek.dk",
    )

    soup = soup_for(client, {"q": "  TILSKUD "})

    promoted = soup.find("section", class_="search-promotions")
    links = [(a.get_text(), a["href"]) for a in promoted.find_all("a")]
    assert links == [
        ("Pilehavehallen", "/lokaler/pilehavehallen/"),
        ("Tilskud på vallensbaek.dk", "https://www.vallensbaek.dk/tilskud"),
    ]
    assert "Lån hallen gratis." in promoted.get_text()
    assert result_titles(soup) == ["Sådan søger I tilskud"]


def test_searches_are_counted_for_the_search_terms_report_including_empty_ones(client, site):
    client.get("/soeg/", {"q": "Svømmehal"})
    client.get("/soeg/", {"q": "svømmehal "})
    client.get("/soeg/", {"q": "svømmehal", "page": "2"})  # paging is not a new search
    client.get("/soeg/", {"q": "?!"})  # nothing searchable

    assert Query.objects.get(query_string="svømmehal").hits == 2
    assert not Query.objects.filter(query_string="?!").exists()
    assert QueryDailyHits.objects.count() == 1


def test_search_terms_report_lists_queries_without_results(admin_client, client, site):
    client.get("/soeg/", {"q": "svømmehal"})

    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))

    assert response.status_code == 200
    assert "svømmehal" in response.content.decode()


def test_english_search_finds_english_pages_only(client, site, english_site):
    soup = soup_for(client, {"q": "petanque"}, path="/en/soeg/")

    assert result_titles(soup) == ["Vallensbæk Petanque Club"]
    assert soup.find("ol", class_="search-results").a["href"].startswith("/en/")
