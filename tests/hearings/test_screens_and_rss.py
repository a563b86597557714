"""Open hearings as screen slides with a QR code to the form, and the hearings RSS feed."""

import feedparser
import pytest

from hearings.factories import HearingAnswerFactory
from screens.factories import ScreenFactory
from tests.hearings.conftest import days

pytestmark = pytest.mark.django_db


def test_a_screen_shows_open_hearings_with_a_qr_code_to_the_form(client, hearings):
    hearings.add(slug="kommende", title="Kommer snart", start=days(3), deadline=days(30))
    screen = ScreenFactory(show_open_hearings=True, show_manual_slides=False)
    feed = client.get(f"/api/v3/screens/{screen.key}/feed/").json()
    slides = [s for s in feed["slides"] if s["kind"] == "hearing"]
    (slide,) = slides
    assert slide["title"] == "Lokalplan 95"
    assert slide["short_url"].endswith("/stationstorvet/svar/")
    assert slide["qr_svg"].startswith("<svg")
    assert "Scan koden for at svare" in slide["meta"]


def test_screens_without_the_source_show_no_hearings(client, hearings):
    screen = ScreenFactory()
    feed = client.get(f"/api/v3/screens/{screen.key}/feed/").json()
    assert not [s for s in feed["slides"] if s["kind"] == "hearing"]


def test_the_rss_feed_lists_public_hearings_with_their_state(client, hearings):
    HearingAnswerFactory(hearing=hearings.hearing, email="borger@example.com")
    draft = hearings.add(slug="kladde", title="Kladde")
    draft.unpublish()
    response = client.get("/feeds/hoeringer/")
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.feed.title.startswith("Høringer i")
    (item,) = parsed.entries
    assert item.title == "Lokalplan 95"
    assert item.summary.startswith("Åben: svar senest")
    assert "Åben" in [t.term for t in item.tags]
    assert b"borger@example.com" not in response.content
