"""#15.10: a Danish editor walks the main admin screens and meets no known English string.

The same walk in the English admin must show every string on the list, so the list stays
honest: a string that no longer appears anywhere is removed rather than passing silently.
"""

import pytest
from wagtail.users.models import UserProfile

from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

from .admin_text import admin_strings
from .screens import main_admin_urls

pytestmark = pytest.mark.django_db

#: English strings Wagtail 8.0 showed our editors before the project's translations (#15.10).
KNOWN_ENGLISH = [
    # sidebar menu and dashboard
    "Reports",
    "Help",
    "Search all pages…",
    "Toggle sidebar",
    # page explorer
    "Page type",
    "Bulk actions",
    "Sort menu order",
    # page editor, status panel and the scheduling dialog
    "Choose an image",
    "More actions",
    "Set publishing schedule",
    "Choose when this page should go live and/or expire",
    "Go live date/time",
    "Expiry date/time",
    "Save schedule",
    "Set schedule",
    "No publishing schedule set",
    "Visible to all",
    "View history",
    "Change privacy",
    "Autosave is paused",
    # documents and images
    "Documents",
    "Add a document",
    "Add an image",
    "Newest",
    # reports
    "Locked pages",
    "Aging pages",
    "Site history",
    "Page types usage",
    # users and groups
    "Users",
    "Add a user",
    "Groups",
    "Add a group",
    # the dashboard's summary, the settings menu and the bulk-action bar
    "Dashboard - Wagtail",
    "0 Images",
    "0 Documents",
    "Collections",
    "Locales",
    "Redirects",
    "Promoted search results",
    "Search terms",
    "Sites",
    "Translations",
    "API tokens",
    "Shortcuts",
    "1 page selected",
    "All pages in listing selected",
    # workflows and tasks
    "Workflows",
    "Add a workflow",
    "Workflow tasks",
    "New workflow task",
]


@pytest.fixture
def screens(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    client.force_login(user)
    page = NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=HomePageFactory()))

    def walk(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        seen = {}
        for name, url in main_admin_urls(page).items():
            response = client.get(url, follow=True)
            assert response.status_code == 200, name
            for text in admin_strings(response.content.decode()):
                seen.setdefault(text, name)
        return seen

    return walk


def test_danish_admin_shows_none_of_the_known_english_strings(screens):
    english = screens("en")
    not_shown = [s for s in KNOWN_ENGLISH if s not in english]
    assert not not_shown, f"no longer on the walked screens, drop from the list: {not_shown}"

    danish = screens("da")
    still_english = {s: danish[s] for s in KNOWN_ENGLISH if s in danish}
    assert not still_english, f"English in the Danish admin (string: screen): {still_english}"


def test_wagtail_typos_are_corrected():
    from django.utils import translation

    with translation.override("da"):
        gettext = translation.gettext
        assert gettext("Search term") == "Søgeord"
        assert (
            gettext("Page '%(page_title)s' unpublished.")
            == "Siden '%(page_title)s' er afpubliceret."
        )
        assert "blevet sendt" in gettext(
            "Page '%(page_title)s' has been submitted for moderation."
        )


def test_the_admins_javascript_strings_are_danish(client, django_user_model):
    """Strings the admin's JavaScript renders (the editor's "Collapse all", the comment and
    block menus) come from the djangojs catalogue, which Wagtail 8.0 barely translates."""
    import json

    from django.urls import reverse

    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "da"
    profile.save()
    client.force_login(user)
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    for english, danish in [
        ("Collapse all", "Fold alle sammen"),
        ("Insert a block", "Indsæt en blok"),
        ("Add a comment", "Tilføj en kommentar"),
        ("Cancel", "Annullér"),
    ]:
        assert f'"{english}": {json.dumps(danish)}' in catalogue
