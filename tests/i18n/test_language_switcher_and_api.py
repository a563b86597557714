"""The language switcher on every page, and ``?locale=`` in the API."""

from bs4 import BeautifulSoup

from tests.i18n.helpers import translate


def switcher(client, url):
    response = client.get(url)
    assert response.status_code == 200
    nav = BeautifulSoup(response.content, "html.parser").find("nav", class_="language-switcher")
    assert nav is not None
    return nav


def test_switcher_links_a_danish_page_to_its_english_translation_and_back(
    client, site, english_home
):
    translate(site.association_index, {"Foreninger": "Associations"})
    english = translate(site.association, {"Vallensbæk Petanqueklub": "Petanque Club"})

    on_danish = switcher(client, "/foreninger/petanque/")
    on_english = switcher(client, english.get_url())

    link = on_danish.find("a", hreflang="en")
    assert link["href"] == "/en/foreninger/petanque/"
    assert link.get_text() == "English"
    assert on_danish.find(attrs={"aria-current": "true"}).get_text() == "Dansk"
    back = on_english.find("a", hreflang="da")
    assert back["href"] == "/foreninger/petanque/"
    assert back.get_text() == "Dansk"


def test_switcher_says_so_when_there_is_no_translation(client, site, english_home):
    nav = switcher(client, "/nyheder/ny-legeplads/")

    item = nav.find("li", lang="en")
    assert "This page has not been translated" in item.get_text()
    assert item.a["href"] == "/en/"


def test_an_unpublished_translation_counts_as_missing(client, site, english_home):
    english = translate(site.news_index, {"Nyheder": "News"})
    translated_article = translate(site.news, {"Ny legeplads ved Strandparken": "New playground"})
    translated_article.unpublish()

    nav = switcher(client, "/nyheder/ny-legeplads/")

    assert "This page has not been translated" in nav.find("li", lang="en").get_text()
    # Only the article was unpublished: the English news index is still served.
    assert client.get(english.url).status_code == 200


def test_switcher_without_any_english_content_links_to_the_english_prefix(client, site):
    nav = switcher(client, "/")

    assert nav.find("li", lang="en").a["href"] == "/en/"


def test_switcher_on_the_search_page_keeps_the_query(client, site):
    nav = switcher(client, "/soeg/?q=petanque")

    assert nav.find("a", hreflang="en")["href"] == "/en/soeg/?q=petanque"
    back = switcher(client, "/en/soeg/?q=petanque").find("a", hreflang="da")
    assert back["href"] == "/soeg/?q=petanque"


def test_pages_api_filters_by_locale(client, site, english_home):
    english = client.get("/api/v3/pages/", {"locale": "en"}).json()
    danish = client.get("/api/v3/pages/", {"locale": "da"}).json()

    english_titles = [item["title"] for item in english["items"]]
    danish_titles = [item["title"] for item in danish["items"]]
    assert english_titles == ["Vallensbaek Municipality"]
    assert "Vallensbæk Kommune" in danish_titles
    assert "Vallensbaek Municipality" not in danish_titles


def test_search_api_filters_by_locale(client, site, english_home):
    english = client.get("/api/v3/search/", {"q": "vallensbaek", "locale": "en"}).json()

    assert [hit["title"] for hit in english["items"]] == ["Vallensbaek Municipality"]
    assert english["items"][0]["locale"] == "en"
