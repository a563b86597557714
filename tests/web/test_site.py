"""Site-wide outputs: sitemap, robots.txt, /was, the editor tools and the activity filters."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from wagtail.models import PageViewRestriction

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from core.factories import AudienceFactory
from home.factories import StandardPageFactory, home_for_default_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return home_for_default_site(slug="forside-web")


def publish(page):
    page.save_revision().publish()
    return page


def sitemap_urls(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [loc.get_text() for loc in soup.find_all("loc")]


def test_sitemap_lists_public_pages_only(client, home):
    publish(StandardPageFactory(parent=home, title="Om os", slug="om"))
    draft = StandardPageFactory(parent=home, slug="kladde")
    draft.live = False
    draft.save()
    private = publish(StandardPageFactory(parent=home, slug="intern"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = publish(StandardPageFactory(parent=home, slug="udloebet"))
    # Wagtail keeps an expired page live until publish_scheduled runs.
    expired.expire_at = timezone.now() - dt.timedelta(minutes=1)
    expired.save()
    future = StandardPageFactory(parent=home, slug="senere")
    future.live = False
    future.go_live_at = timezone.now() + dt.timedelta(days=1)
    future.save()

    urls = sitemap_urls(client)

    assert "http://localhost/om/" in urls
    assert "http://localhost/" in urls
    for slug in ("kladde", "intern", "udloebet", "senere"):
        assert f"http://localhost/{slug}/" not in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client, home):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text


def test_was_redirects_to_the_accessibility_statement(client, home):
    assert client.get("/was").status_code == 404

    publish(
        StandardPageFactory(
            parent=home, title="Tilgængelighedserklæring", slug="tilgaengelighedserklaering"
        )
    )

    response = client.get("/was")
    assert response.status_code == 302
    assert response["Location"] == "/tilgaengelighedserklaering/"


def test_editor_page_form_loads_the_lix_meter(admin_client, home):
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("script", src=lambda s: s and s.endswith("core/js/lix.js"))
    config = soup.find("script", id="lix-config")
    assert '"summary"' in config.string and '"body"' in config.string


def test_userbar_offers_wagtails_accessibility_checker_to_editors(admin_client, client, home):
    html = admin_client.get("/").content.decode()
    assert 'id="checker-axe-configuration"' in html

    assert "checker-axe-configuration" not in client.get("/").content.decode()


# Activity calendar filters (plain GET, no JavaScript) -------------------------------------


@pytest.fixture
def calendar_page(home):
    index = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    today = timezone.localdate()
    seniors = AudienceFactory(name="Seniorer", slug="seniorer")

    def add(title, days, **kwargs):
        day = today + dt.timedelta(days=days)
        page = ActivityPageFactory(
            parent=index,
            title=title,
            start=local_datetime(day.year, day.month, day.day, 23, 0),
            end=local_datetime(day.year, day.month, day.day, 23, 59),
            **kwargs,
        )
        return publish(page)

    add("I aften", 0)
    add("Om tre uger", 21, is_free=False, price_text="50 kr.")
    later = add("Om to måneder", 60)
    later.audiences.set([seniors])
    publish(later)
    return {"index": index, "seniors": seniors}


def listed(client, query="") -> list[str]:
    response = client.get(f"/aktiviteter/{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".occurrence-list h4")]


def test_calendar_filters_by_period(client, calendar_page):
    assert listed(client) == ["I aften", "Om tre uger", "Om to måneder"]
    assert listed(client, "?period=today") == ["I aften"]
    assert "Om to måneder" not in listed(client, "?period=month")
    in_three_weeks = timezone.localdate() + dt.timedelta(days=21)
    query = f"?period=range&date_from={in_three_weeks}&date_to={in_three_weeks}"
    assert listed(client, query) == ["Om tre uger"]


def test_calendar_filters_by_audience_and_price(client, calendar_page):
    seniors = calendar_page["seniors"]

    assert listed(client, f"?audience={seniors.pk}") == ["Om to måneder"]
    assert "Om tre uger" not in listed(client, "?free=on")


def test_the_audience_filter_offers_alle_once(client, calendar_page):
    AudienceFactory(name="Alle", slug="alle")
    soup = BeautifulSoup(client.get("/aktiviteter/").content, "html.parser")
    options = [o.get_text() for o in soup.select("select[name=audience] option")]
    assert options.count("Alle") == 1
    assert options[0] == "Alle målgrupper"


def test_the_calendar_groups_dates_under_a_heading_per_day(client, calendar_page):
    today = timezone.localdate()
    ActivityPageFactory(
        parent=calendar_page["index"],
        title="Også i aften",
        start=local_datetime(today.year, today.month, today.day, 23, 10),
        end=local_datetime(today.year, today.month, today.day, 23, 50),
    )
    soup = BeautifulSoup(client.get("/aktiviteter/").content, "html.parser")
    days = {
        heading.get_text(strip=True): [
            h.get_text(strip=True) for h in heading.find_next_sibling("ul").select("h4")
        ]
        for heading in soup.select("h3.day-heading")
    }
    in_three_weeks = today + dt.timedelta(days=21)
    assert list(days.values())[:2] == [["I aften", "Også i aften"], ["Om tre uger"]]
    with translation.override("da"):
        expected = capfirst(date_format(in_three_weeks, "l j. F Y"))
    assert list(days)[1] == expected  # e.g. "Tirsdag 22. december 2026"


def test_an_impossible_date_range_shows_the_error_not_every_date(client, calendar_page):
    today = timezone.localdate()
    query = f"?period=range&date_from={today + dt.timedelta(days=5)}&date_to={today}"
    soup = BeautifulSoup(client.get(f"/aktiviteter/{query}").content, "html.parser")

    assert soup.select(".occurrence-list h4") == []
    assert "Ret datoerne ovenfor for at se aktiviteter." in soup.get_text()
    described = soup.select_one("#id_date_to")["aria-describedby"].split()
    error = soup.find(id=described[-1])
    assert error is not None
    assert error.get_text(strip=True) == (
        "Slutdatoen skal være samme dag som startdatoen eller senere."
    )


def test_calendar_survives_nonsense_filters_and_says_what_was_ignored(client, calendar_page):
    response = client.get("/aktiviteter/?period=range&date_from=abc&audience=x&page=zz")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(role="alert")
    assert [h.get_text(strip=True) for h in soup.select(".occurrence-list h4")] == [
        "I aften",
        "Om tre uger",
        "Om to måneder",
    ]


def test_calendar_filter_form_is_labelled_and_offers_the_same_selection_as_ical(
    client, calendar_page
):
    seniors = calendar_page["seniors"]
    soup = BeautifulSoup(client.get(f"/aktiviteter/?audience={seniors.pk}").content, "html.parser")

    form = soup.find("form", class_="filters")
    assert form["method"] == "get"
    for field in form.find_all(["select", "input"]):
        if field.get("type") in ("radio", "hidden", "submit"):
            continue
        assert form.find("label", attrs={"for": field["id"]}), field
    feed = soup.select_one(".feed-link a")["href"]
    assert feed == f"/feeds/aktiviteter.ics?audience={seniors.pk}"


def test_calendar_offers_and_filters_by_public_organisers_only(client, calendar_page):
    from associations.factories import AssociationIndexPageFactory, AssociationPageFactory

    index = calendar_page["index"]
    directory = AssociationIndexPageFactory(parent=index.get_parent(), slug="foreninger")
    club = publish(AssociationPageFactory(parent=directory, title="Roklubben", slug="ro"))
    closed = publish(AssociationPageFactory(parent=directory, title="Lukket klub", slug="lukket"))
    publish(ActivityPageFactory(parent=index, title="Prøv at ro", organiser=club))
    publish(ActivityPageFactory(parent=index, title="Afskedsfest", organiser=closed))
    closed.unpublish()

    soup = BeautifulSoup(client.get("/aktiviteter/").content, "html.parser")
    organisers = [o.get_text(strip=True) for o in soup.select("select[name=organiser] option")]

    assert organisers == ["Alle arrangører", "Roklubben"]
    assert listed(client, f"?organiser={club.pk}") == ["Prøv at ro"]
