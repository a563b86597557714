"""Fixtures for the upload tests: an editor, an API token, the suggestion form, media storage."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import APIToken

from submissions.models import ActivitySuggestionPage
from tests.associations.world import *  # noqa: F403

PASSWORD = "upload-test-password"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username="redaktoer", email="redaktoer@example.com", password=PASSWORD
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def api_token(editor) -> str:
    _token, plaintext = APIToken.create_token(user=editor, name="Billedimport")
    return plaintext


def media_files() -> set[str]:
    """Every file under MEDIA_ROOT, so a test can see that nothing was left behind."""
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


@pytest.fixture
def stored_files():
    """Call to get the files that appeared in media storage since the test started."""
    before = media_files()
    return lambda: media_files() - before


@pytest.fixture
def suggestion_page(world):
    """ "Foreslå en aktivitet" under the home page (needs ``world``'s activity calendar)."""
    page = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet")
    world.home.add_child(instance=page)
    return page
