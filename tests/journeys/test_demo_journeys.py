"""#15 item 3: on the demo, a citizen finds every journey from the home page by links only.

The footer (the site settings' footer links) leads to Kontakt, Om kommunen, Skulderklap og
hæder, Privatlivspolitik, Cookies and the accessibility statement; the calendar to "Foreslå
en aktivitet", the guides to "Del et godt råd"; the "Indstil en ildsjæl" buttons to our own
nomination form. The privacy page states the periods the retention job enforces, and the
cookie page names every cookie a visitor's journey gets.
"""

from collections import deque
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from wagtail.models import Page

from core import retention
from home.models import StandardPage
from home.seed import fill_facts
from recognition.models import NominationPage
from tests.submissions.test_activity_suggestions import valid_data

pytestmark = pytest.mark.django_db

JOURNEYS = [
    "/kontakt/",
    "/om-vallensbaek-kommune/",
    "/skulderklap-og-haeder/",
    "/privatlivspolitik/",
    "/cookies/",
    "/tilgaengelighedserklaering/",
    "/foreslaa-en-aktivitet/",
    "/del-et-godt-raad/",
    "/indstil-en-ildsjael/",
]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def local_links(response) -> set[str]:
    """The site's own paths an ``<a href>`` on the page points at (no query, no fragment)."""
    paths = set()
    for anchor in soup(response).select("a[href]"):
        parts = urlsplit(anchor["href"])
        ours = parts.netloc in ("", "localhost", "testserver") and parts.path.startswith("/")
        if ours and parts.scheme in ("", "http", "https") and not parts.query:
            paths.add(parts.path)
    return paths


def reachable(client, start: str, depth: int) -> dict[str, int]:
    """Every page reached from ``start`` by following links, with the clicks it took."""
    clicks = {start: 0}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        if clicks[path] == depth:
            continue
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        for link in local_links(response):
            if link not in clicks and not link.startswith(("/admin", "/api", "/feeds")):
                clicks[link] = clicks[path] + 1
                queue.append(link)
    return clicks


def footer(client, path="/") -> dict[str, str]:
    return {
        a.get_text(strip=True): a["href"]
        for a in soup(client.get(path)).select(".site-footer .footer-links a")
    }


def test_a_citizen_reaches_every_journey_from_the_home_page_in_two_clicks(seeded, client):
    clicks = reachable(client, "/", depth=2)
    assert {path: path in clicks for path in JOURNEYS} == dict.fromkeys(JOURNEYS, True)
    for path in JOURNEYS:
        assert client.get(path).status_code == 200, path


def test_the_footer_links_contact_about_privacy_cookies_and_the_statement(seeded, client):
    links = footer(client)
    assert {
        "Kontakt": "/kontakt/",
        "Om kommunen": "/om-vallensbaek-kommune/",
        "Skulderklap og hæder": "/skulderklap-og-haeder/",
        "Privatlivspolitik": "/privatlivspolitik/",
        "Cookies": "/cookies/",
        "Tilgængelighedserklæring": "/tilgaengelighedserklaering/",
    }.items() <= links.items()


def test_the_english_footer_links_the_same_pages_and_each_opens(seeded, client):
    links = footer(client, "/en/")
    assert {"/kontakt/", "/privatlivspolitik/", "/cookies/"} <= set(links.values())
    for href in links.values():
        if href.startswith("/"):
            assert client.get(href).status_code == 200, href


def test_an_unpublished_footer_page_leaves_the_footer(seeded, client):
    StandardPage.objects.get(slug="cookies").unpublish()
    assert "Cookies" not in footer(client)
    assert "Privatlivspolitik" in footer(client)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/skulderklap-og-haeder/", "Indstil en ildsjæl"),
        ("/nyheder/indstil-en-ildsjael-til-frivilligprisen/", "Indstil en ildsjæl"),
        ("/en/news/nominate-a-volunteer-for-the-award/", "Nominate a local hero"),
    ],
)
def test_the_nomination_buttons_go_to_our_own_form(seeded, client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    buttons = {a.get_text(strip=True): a["href"] for a in soup(response).select("a.button")}
    form = NominationPage.objects.get(slug="indstil-en-ildsjael")
    assert buttons[text] == form.url
    assert client.get(buttons[text]).status_code == 200


def test_the_nomination_buttons_are_page_links_that_follow_the_page(seeded, client):
    form = NominationPage.objects.get(slug="indstil-en-ildsjael")
    page = StandardPage.objects.get(slug="skulderklap-og-haeder")
    (cta,) = [block for block in page.body if block.block_type == "call_to_action"]
    assert (cta.value["page"].pk, cta.value["url"]) == (form.pk, "")
    form.unpublish()
    assert "Indstil en ildsjæl" not in client.get(page.url).content.decode()


def test_the_privacy_page_states_the_periods_the_retention_job_enforces(seeded, client):
    text = soup(client.get("/privatlivspolitik/")).select_one("main").get_text(" ", strip=True)
    days = {rule.setting: rule.days() for rule in retention.rules() if rule.setting}
    for setting in (
        "SUBMISSION_RETENTION_DAYS",
        "NOMINATION_RETENTION_DAYS",
        "WAGTAILSEARCH_HITS_MAX_AGE",
    ):
        assert f"{days[setting]} dage" in text, setting
    for form in ("Foreslå en aktivitet", "Del et godt råd", "Indstil en ildsjæl"):
        assert form in text
    assert "{{" not in text


@override_settings(SUBMISSION_RETENTION_DAYS=45, SESSION_COOKIE_AGE=3 * 86400)
def test_the_pages_numbers_follow_the_settings():
    text = "slettet efter {{SUBMISSION_RETENTION_DAYS}} dage, login {{SESSION_COOKIE_DAYS}} dage"
    assert fill_facts(text) == "slettet efter 45 dage, login 3 dage"


def test_an_unknown_number_is_a_data_error():
    with pytest.raises(ValueError):
        fill_facts("{{NOT_A_SETTING}}")


def test_the_cookie_page_names_every_cookie_a_visit_sets(
    seeded, client, django_user_model, settings
):
    set_cookies = {}

    def visit(response):
        for name, morsel in response.cookies.items():
            set_cookies[name] = morsel
        return response

    for path in ["/", "/en/", "/aktiviteter/", "/soeg/?q=kajak", "/foreslaa-en-aktivitet/"]:
        visit(client.get(path))
    form_page = Page.objects.get(slug="foreslaa-en-aktivitet")
    visit(client.post(form_page.url, {"title": ""}))  # a form error first
    sent = visit(client.post(form_page.url, valid_data()))
    assert sent.status_code == 302
    visit(client.get(sent["Location"]))
    django_user_model.objects.create_user("redaktoer", "r@example.com", "hemmeligt-1234")
    visit(client.post("/admin/login/", {"username": "redaktoer", "password": "hemmeligt-1234"}))

    assert {"csrftoken", "messages", "sessionid"} <= set(set_cookies)
    page = soup(client.get("/cookies/")).select_one("main")
    headings = {h.get_text(strip=True) for h in page.select("h2, h3")}
    assert set(set_cookies) <= headings
    text = page.get_text(" ", strip=True)
    assert f"{int(set_cookies['csrftoken']['max-age']) // 86400} dage" in text
    assert f"{settings.SESSION_COOKIE_AGE // 86400} dage" in text
