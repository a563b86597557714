"""The municipality's details come from the admin's site settings, not from the templates."""

import datetime as dt
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from core.models import FooterLink, MunicipalitySettings, OpeningHours, SocialLink
from demo.context import SeedContext
from demo.datafiles import load
from demo.seed import seed_municipality
from home.factories import StandardPageFactory, home_for_default_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return home_for_default_site(title="Forside", slug="forside")


@pytest.fixture
def municipality(home):
    details = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    details.name = "Ishøj Kommune"
    details.phone = "43 57 75 75"
    details.email = "ishoej@ishoej.dk"
    details.street_address = "Ishøj Store Torv 20"
    details.postcode = "2635"
    details.city = "Ishøj"
    details.save()
    OpeningHours.objects.create(
        municipality=details,
        first_day=0,
        last_day=2,
        opens=dt.time(10),
        closes=dt.time(14),
        sort_order=0,
    )
    OpeningHours.objects.create(
        municipality=details,
        first_day=3,
        last_day=3,
        opens=dt.time(10),
        closes=dt.time(17),
        sort_order=1,
    )
    SocialLink.objects.create(
        municipality=details, platform="facebook", url="https://www.facebook.com/ishoej"
    )
    return details


def footer(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.find("footer")


def test_header_footer_and_title_show_the_municipality_from_the_settings(client, municipality):
    soup, foot = footer(client)

    assert soup.title.get_text().endswith("– Ishøj Kommune")
    assert soup.find(class_="site-name").get_text() == "Ishøj Kommune"
    address = foot.address.get_text(" ", strip=True)
    assert "Ishøj Store Torv 20" in address and "2635 Ishøj" in address
    assert foot.find("a", href="tel:+4543577575").get_text() == "43 57 75 75"
    assert foot.find("a", href="mailto:ishoej@ishoej.dk")
    assert foot.find("a", href="https://www.facebook.com/ishoej").get_text() == "Facebook"
    assert "Vallensbæk Kommune" not in str(soup)


def test_opening_hours_are_written_in_the_visitors_language(client, municipality):
    from tests.i18n.helpers import translate

    translate(municipality.site.root_page, {"Forside": "Home"})
    _soup, danish = footer(client)
    _soup, english = footer(client, "/en/")

    rows = [" ".join(row.stripped_strings) for row in danish.select(".opening-hours div")]
    assert rows == ["Mandag–onsdag 10.00–14.00", "Torsdag 10.00–17.00"]
    rows = [" ".join(row.stripped_strings) for row in english.select(".opening-hours div")]
    assert rows == ["Monday–Wednesday 10.00–14.00", "Thursday 10.00–17.00"]


def test_without_settings_the_footer_shows_no_details_and_a_visit_writes_nothing(client, home):
    _soup, foot = footer(client)

    assert foot.address is None
    assert not foot.select(".opening-hours")
    assert not MunicipalitySettings.objects.exists()


def test_accessibility_statement_address_from_the_settings(client, municipality):
    StandardPageFactory(
        parent=municipality.site.root_page,
        title="Tilgængelighedserklæring",
        slug="tilgaengelighedserklaering",
    ).save_revision().publish()
    assert client.get("/was")["Location"] == "/tilgaengelighedserklaering/"

    municipality.accessibility_statement_url = "https://www.was.digst.dk/ishoej-dk"
    municipality.save()

    assert client.get("/was")["Location"] == "https://www.was.digst.dk/ishoej-dk"
    _soup, foot = footer(client)
    link = foot.find("a", string="Tilgængelighedserklæring")
    assert link["href"] == "https://www.was.digst.dk/ishoej-dk"


def test_rss_feed_is_named_after_the_municipality(client, municipality):
    content = client.get("/feeds/nyheder/").content.decode()

    assert "<title>Nyheder fra Ishøj Kommune</title>" in content


def test_player_shows_the_municipality_while_it_starts(client, municipality):
    from screens.factories import ScreenFactory

    ScreenFactory(key="foyer")
    soup = BeautifulSoup(client.get("/screens/foyer/").content, "html.parser")

    assert soup.find(class_="idle__hint").get_text() == "Ishøj Kommune"


@override_settings(PUBLIC_FORM_RATE_LIMIT="0/h")
def test_a_form_over_its_limit_gives_the_phone_number_from_the_settings(client, municipality):
    from submissions.models import GuideSuggestionPage

    page = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    municipality.site.root_page.add_child(instance=page)
    response = client.post(page.url, {"title": ""}, REMOTE_ADDR="192.0.2.10")

    assert response.status_code == 429
    assert "Du kan også ringe til os på 43 57 75 75." in response.content.decode()


@override_settings(PUBLIC_FORM_RATE_LIMIT="0/h")
def test_without_a_phone_number_the_form_does_not_offer_one(client, home):
    from submissions.models import GuideSuggestionPage

    page = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    home.add_child(instance=page)
    html = client.post(page.url, {"title": ""}, REMOTE_ADDR="192.0.2.10").content.decode()

    assert "Du kan sende igen " in html and " kl. " in html
    assert "ringe til os" not in html and "43 97 97 00" not in html


# The admin form ----------------------------------------------------------------------------


def settings_form(**overrides):
    data = {
        "name": "Vallensbæk Kommune",
        "phone": "43 97 97 00",
        "email": "vallensbaek@vallensbaek.dk",
        "street_address": "Vallensbæk Stationstorv 100",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "accessibility_statement_url": "",
        "opening_hours": inline_formset(
            [{"first_day": "0", "last_day": "4", "opens": "10:00", "closes": "14:00"}]
        ),
        "social_links": inline_formset([]),
        "footer_links": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def edit_url():
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["core", "municipalitysettings", site.pk])


def test_an_editor_saves_the_details_in_the_admin(admin_client, client, home):
    response = admin_client.post(edit_url(), settings_form())

    assert response.status_code == 302
    _soup, foot = footer(client)
    assert "Vallensbæk Stationstorv 100" in foot.address.get_text()
    assert [" ".join(r.stripped_strings) for r in foot.select(".opening-hours div")] == [
        "Mandag–fredag 10.00–14.00"
    ]


INVALID = {
    "phone": ({"phone": "12 34"}, "Skriv et dansk telefonnummer"),
    "postcode": ({"postcode": "26a5"}, "Et dansk postnummer har fire cifre"),
    "NUL byte": ({"name": "Vallensbæk\x00 Kommune"}, "Null-tegn er ikke tilladte."),
    "closes before it opens": (
        {
            "opening_hours": inline_formset(
                [{"first_day": "0", "last_day": "4", "opens": "14:00", "closes": "10:00"}]
            )
        },
        "Lukketiden skal ligge efter åbningstiden.",
    ),
    "days the wrong way round": (
        {
            "opening_hours": inline_formset(
                [{"first_day": "4", "last_day": "0", "opens": "10:00", "closes": "14:00"}]
            )
        },
        "Den sidste dag skal ligge efter den første dag.",
    ),
}


@pytest.mark.parametrize(("overrides", "message"), INVALID.values(), ids=INVALID.keys())
def test_bad_input_gets_a_danish_error_and_saves_nothing(admin_client, home, overrides, message):
    admin_client.post(edit_url(), settings_form())  # saved once, correctly
    admin_client.cookies["django_language"] = "da"
    admin_client.get("/admin/")  # the admin answers in the editor's language

    response = admin_client.post(edit_url(), settings_form(**overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    saved = MunicipalitySettings.objects.get()
    assert (saved.phone, saved.postcode, saved.name) == (
        "43 97 97 00",
        "2665",
        "Vallensbæk Kommune",
    )
    assert [(h.first_day, h.last_day) for h in saved.opening_hours.all()] == [(0, 4)]


# The demo seeder ----------------------------------------------------------------------------


def footer_pages(home, municipality):
    """The pages the demo's footer links name, as the standard pages seeder would make them."""
    for row in municipality["footer_links"]:
        StandardPageFactory(parent=home, title=row["page"].title(), slug=row["page"])


def test_the_demo_seeder_fills_in_the_details_once_and_keeps_an_editors_changes(home):
    ctx = SeedContext(write=StringIO().write)
    municipality = load("municipality").data["municipality"]
    footer_pages(home, municipality)

    seed_municipality(ctx)
    details = MunicipalitySettings.objects.get()
    assert details.name == municipality["name"]
    assert details.opening_hours.count() == len(municipality["opening_hours"])
    assert details.social_links.count() == len(municipality["social_links"])

    details.phone = "43 97 98 00"
    details.save()
    seed_municipality(ctx)

    assert MunicipalitySettings.objects.get().phone == "43 97 98 00"
    assert OpeningHours.objects.count() == len(municipality["opening_hours"])


def test_the_demo_seeder_adds_footer_links_to_details_seeded_without_them(home, client):
    ctx = SeedContext(write=StringIO().write)
    municipality = load("municipality").data["municipality"]
    footer_pages(home, municipality)
    details = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    details.name = "Vallensbæk Kommune"
    details.phone = "43 97 98 00"
    details.save()

    seed_municipality(ctx)
    seed_municipality(ctx)

    details = MunicipalitySettings.objects.get()
    assert details.phone == "43 97 98 00"  # the editor's details stay
    assert [link.page.slug for link in details.footer_links.all()] == [
        row["page"] for row in municipality["footer_links"]
    ]
    _soup, foot = footer(client)
    assert "Om kommunen" in foot.get_text()


def test_a_footer_link_shows_the_editors_text_or_the_page_title(municipality, client, home):
    page = StandardPageFactory(parent=home, title="Privatlivspolitik", slug="privatlivspolitik")
    draft = StandardPageFactory(parent=home, title="Hemmelig kladde", slug="kladde")
    draft.unpublish()
    municipality.footer_links = [
        FooterLink(page=page),
        FooterLink(page=home, text="Forsiden"),
        FooterLink(page=draft, text="Kladde"),
    ]
    municipality.save()

    _soup, foot = footer(client)
    links = [(a.get_text(strip=True), a["href"]) for a in foot.select(".footer-links a")]
    assert ("Privatlivspolitik", "/privatlivspolitik/") in links
    assert ("Forsiden", "/") in links
    assert "Kladde" not in foot.get_text() and "Hemmelig" not in foot.get_text()
