"""The player page and the website's alert banner."""

import re
from unittest import mock

import pytest
from django.template import Context, Template
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale

from screens.factories import AlertFactory

pytestmark = pytest.mark.django_db


def test_player_page_is_self_contained(site, client):
    response = client.get("/screens/raadhus-foyer/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/screens/player.js" in html
    assert "/static/screens/player.css" in html
    assert '"feedUrl": "/api/v3/screens/raadhus-foyer/feed/"' in html
    # Nothing loaded from another host.
    assert not re.search(r'(src|href)="(https?:)?//', html)


def failing_api_reverse(error):
    """``reverse`` that raises ``error`` for the API's routes only."""

    def fake(name, *args, **kwargs):
        if name.startswith("wagtailapi_v3:"):
            raise error
        return reverse(name, *args, **kwargs)

    return mock.patch("screens.views.reverse", side_effect=fake)


def test_player_falls_back_to_the_documented_feed_path_without_the_api_route(site, client):
    with failing_api_reverse(NoReverseMatch("not mounted")):
        html = client.get("/screens/raadhus-foyer/").content.decode()

    assert '"feedUrl": "/api/v3/screens/raadhus-foyer/feed/"' in html


def test_a_fault_in_the_feed_url_is_not_hidden_behind_the_fallback(site, client):
    # Only a missing route means "use the documented path"; anything else is a bug to see.
    with failing_api_reverse(TypeError("bad kwargs")), pytest.raises(TypeError):
        client.get("/screens/raadhus-foyer/")


def test_player_for_an_unknown_key_says_so_calmly(db, client):
    response = client.get("/screens/findes-ikke/")

    assert response.status_code == 404
    assert "findes-ikke" in response.content.decode()
    assert "<html" in response.content.decode()


def test_player_script_never_loads_anything_external():
    from pathlib import Path

    import screens

    static = Path(screens.__file__).parent / "static" / "screens"
    for name in ("player.js", "player.css"):
        assert "http://" not in (static / name).read_text()
        assert "https://" not in (static / name).read_text()


def render_banner() -> str:
    return Template("{% load screens_tags %}{% alert_banner %}").render(Context({}))


def test_active_alert_shows_as_a_banner_on_the_website(db):
    AlertFactory(message="Vandet er afbrudt i Vallensbæk Strand.")

    html = render_banner()

    assert 'role="alert"' in html
    assert "Vandet er afbrudt i Vallensbæk Strand." in html


def test_inactive_alert_shows_no_banner(db):
    AlertFactory(message="Slået fra", enabled=False)

    assert render_banner().strip() == ""


def test_banner_uses_the_translation_when_there_is_one(db):
    english = Locale.objects.get_or_create(language_code="en")[0]
    alert = AlertFactory(message="Vandet er afbrudt.")
    translated = alert.copy_for_translation(english)
    translated.message = "The water supply is cut off."
    translated.save()

    with translation.override("en"):
        assert "The water supply is cut off." in render_banner()
    with translation.override("da"):
        assert "Vandet er afbrudt." in render_banner()


def test_untranslated_alert_still_shows_in_english(db):
    Locale.objects.get_or_create(language_code="en")
    AlertFactory(message="Vandet er afbrudt.")

    with translation.override("en"):
        assert "Vandet er afbrudt." in render_banner()


def test_player_can_be_framed_by_the_admin_preview(site, client):
    response = client.get("/screens/raadhus-foyer/")

    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_service_worker_is_served_under_screens_so_it_covers_every_player(db, client):
    response = client.get("/screens/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "cache-shell" in response.content.decode()
