"""Template behaviour every public page shares: skip link, language, navigation, pagination."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import timezone
from django.views.defaults import server_error

from activities.models import ActivityIndexPage, ActivityPage
from associations.models import AssociationIndexPage, AssociationPage
from home.models import StandardPage
from news.models import NewsRelatedPage

from .conftest import add_page

pytestmark = pytest.mark.django_db


def get_soup(client, url, status=200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def menu_titles(soup) -> list[str]:
    nav = soup.find("nav", class_="main-nav")
    return [a.get_text(strip=True) for a in nav.find_all("a")] if nav else []


# Page skeleton --------------------------------------------------------------------------


def test_skip_link_is_the_first_link_and_targets_main(client, news_index):
    soup = get_soup(client, "/nyheder/")

    first_link = soup.body.find("a")
    assert first_link["href"] == "#main"
    assert soup.find(id="main").name == "main"


def test_html_lang_follows_the_url_language(client, home):
    from tests.i18n.helpers import translate

    translate(home, {home.title: "Vallensbaek Municipality"})

    assert get_soup(client, "/").html["lang"] == "da"
    soup = get_soup(client, "/en/")
    assert soup.html["lang"] == "en"
    assert not soup.find("main").get("lang")


def test_danish_page_under_english_url_is_sent_to_its_danish_address(client, home):
    # Without an English translation the Danish page is not served as English (#14.5).
    response = client.get("/en/")

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert get_soup(client, "/").html["lang"] == "da"


def test_search_form_has_a_labelled_query_field(client, home):
    soup = get_soup(client, "/")

    form = soup.find("form", role="search")
    field = form.find("input", attrs={"name": "q"})
    assert form["method"] == "get"
    assert form["action"] == "/soeg/"
    assert soup.find("label", attrs={"for": field["id"]})


def test_active_alert_shows_as_a_banner_before_the_header(client, home):
    from screens.models import Alert

    Alert.objects.create(message="Vandet er lukket på Strandvejen", enabled=True)

    soup = get_soup(client, "/")

    banner = soup.find(class_="site-alert")
    assert "Vandet er lukket på Strandvejen" in banner.get_text()
    assert banner.find_next("header") is not None


# Navigation -----------------------------------------------------------------------------


def test_main_menu_shows_only_live_public_unexpired_menu_pages(
    client, home, news_index, private_page, expired_page
):
    add_page(
        home,
        StandardPage(title="Kladde i menuen", slug="kladde", summary="x"),
        live=False,
        in_menu=True,
    )
    add_page(home, StandardPage(title="Ikke i menuen", slug="ikke-menu", summary="x"))

    assert menu_titles(get_soup(client, "/")) == ["Nyheder"]


def test_main_menu_marks_the_current_section(client, make_article):
    make_article(1)

    link = get_soup(client, "/nyheder/nyhed-1/").find("nav", class_="main-nav").find("a")

    assert link["aria-current"] == "true"
    assert (
        get_soup(client, "/nyheder/").find("nav", class_="main-nav").find("a")["aria-current"]
        == "page"
    )


def test_breadcrumbs_lead_from_home_to_the_current_page(client, make_article):
    make_article(1)

    crumbs = get_soup(client, "/nyheder/nyhed-1/").find("nav", class_="breadcrumbs")
    links = crumbs.find_all("a")

    assert [a["href"] for a in links] == ["/", "/nyheder/", "/nyheder/nyhed-1/"]
    assert links[-1]["aria-current"] == "page"


def test_home_page_has_no_breadcrumbs(client, home):
    assert get_soup(client, "/").find("nav", class_="breadcrumbs") is None


def test_footer_links_the_accessibility_statement_only_when_published(client, home):
    assert "/tilgaengelighedserklaering/" not in str(get_soup(client, "/").footer)

    add_page(
        home,
        StandardPage(
            title="Tilgængelighedserklæring", slug="tilgaengelighedserklaering", summary="x"
        ),
    )

    assert get_soup(client, "/").footer.find("a", href="/tilgaengelighedserklaering/")


# Listings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first_shown"),
    [
        ("", 12),
        ("?page=abc", 12),
        ("?page=0", 12),
        ("?page=-1", 12),
        ("?page=2", 2),
        ("?page=99999", 2),
    ],
)
def test_news_index_pagination_never_fails(client, make_article, query, first_shown):
    for n in range(1, 13):  # 12 articles, newest (12) first: page 2 holds 2 and 1.
        make_article(n)

    soup = get_soup(client, f"/nyheder/{query}")

    titles = [h.get_text(strip=True) for h in soup.main.find_all("h2")]
    assert titles[0] == f"Nyhed nummer {first_shown}"


def test_news_index_leaves_out_drafts(client, make_article):
    make_article(1)
    make_article(2, live=False)

    assert "Nyhed nummer 2" not in get_soup(client, "/nyheder/").main.get_text()


@pytest.mark.parametrize("query", ["?page=abc", "?page=0", "?page=99999"])
def test_activity_calendar_pagination_never_fails(client, home, query):
    index = add_page(home, ActivityIndexPage(title="Aktiviteter", slug="aktiviteter"))
    start = timezone.now() + dt.timedelta(days=1)
    add_page(
        index,
        ActivityPage(
            title="Strikkecafé",
            slug="strikkecafe",
            summary="Vi strikker",
            start=start,
            end=start + dt.timedelta(hours=2),
            address="Biblioteket",
        ),
    )

    assert "Strikkecafé" in get_soup(client, f"/aktiviteter/{query}").main.get_text()


def test_activity_times_are_shown_in_copenhagen_time(client, home):
    index = add_page(home, ActivityIndexPage(title="Aktiviteter", slug="aktiviteter"))
    day = timezone.now().date() + dt.timedelta(days=10)
    start = dt.datetime.combine(day, dt.time(17, 30), tzinfo=dt.UTC)
    add_page(
        index,
        ActivityPage(
            title="Foredrag",
            slug="foredrag",
            summary="x",
            start=start,
            end=start + dt.timedelta(hours=1),
            address="Rådhuset",
        ),
    )
    local = start.astimezone(ZoneInfo("Europe/Copenhagen"))

    text = get_soup(client, "/aktiviteter/foredrag/").main.get_text()

    assert local.strftime("%H:%M") in text  # 18:30 in winter, 19:30 in summer
    assert "17:30" not in text


def test_association_directory_sorts_danish_letters_last(client, home):
    index = add_page(home, AssociationIndexPage(title="Foreninger", slug="foreninger"))
    for title in ["Åkandeforeningen", "Zumbaklubben", "Ørnene", "Æblelauget", "Badmintonklubben"]:
        add_page(
            index,
            AssociationPage(
                title=title, slug=title.lower()[:5] + "x", summary="x", category="other"
            ),
        )
    add_page(
        index,
        AssociationPage(
            title="Nedlagt forening", slug="nedlagt", summary="x", category="other", active=False
        ),
    )

    names = [h.get_text(strip=True) for h in get_soup(client, "/foreninger/").main.find_all("h3")]

    assert names == [
        "Badmintonklubben",
        "Zumbaklubben",
        "Æblelauget",
        "Ørnene",
        "Åkandeforeningen",
    ]


def test_related_pages_leave_out_drafts_and_private_pages(
    client, home, make_article, private_page
):
    article = make_article(1)
    statement = add_page(home, StandardPage(title="Om kommunen", slug="om", summary="x"))
    draft = add_page(home, StandardPage(title="Kladde", slug="kladde", summary="x"), live=False)
    for page in (statement, draft, private_page):
        NewsRelatedPage.objects.create(article=article, page=page)

    related = get_soup(client, "/nyheder/nyhed-1/").find("section", class_="related")

    assert [a.get_text() for a in related.find_all("a")] == ["Om kommunen"]


def test_search_results_link_pages_and_keep_the_query_in_page_links(rf, news_index):
    from django.core.paginator import Paginator
    from django.template.loader import render_to_string

    request = rf.get("/soeg/", {"q": "skole & fritid"})
    results = Paginator([news_index] * 11, 10).page(1)

    html = render_to_string(
        "search/search.html",
        {"search_query": "skole & fritid", "search_results": results},
        request=request,
    )
    soup = BeautifulSoup(html, "html.parser")

    assert soup.main.find("a", href="/nyheder/")
    next_href = soup.find("a", rel="next")["href"]
    assert parse_qs(urlsplit(next_href).query) == {"q": ["skole & fritid"], "page": ["2"]}
    assert soup.find("input", id="site-search")["value"] == "skole & fritid"


# Error pages ----------------------------------------------------------------------------


def test_missing_page_shows_the_404_template_with_navigation(client, news_index):
    soup = get_soup(client, "/findes-ikke/", status=404)

    assert soup.find(id="main").h1
    assert soup.find("a", href="/soeg/")
    assert menu_titles(soup) == ["Nyheder"]


def test_500_page_renders_without_database_or_context_processors(django_assert_num_queries):
    request = RequestFactory().get("/")

    with django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "da"
    assert "Der opstod en fejl" in soup.h1.get_text()
