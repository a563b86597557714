"""A renovation project's page says how far the work has come, phase by phase."""

import pytest
from bs4 import BeautifulSoup

from home.factories import home_for_default_site
from renovations.factories import (
    RenovationIndexPageFactory,
    RenovationPhaseFactory,
    RenovationProjectPageFactory,
)
from renovations.models import RenovationPhase

pytestmark = pytest.mark.django_db

Phase = RenovationPhase.PhaseStatus


def test_project_page_shows_phase_progress_and_the_current_phase(client):
    home = home_for_default_site(slug="forside-renovering")
    index = RenovationIndexPageFactory(parent=home, slug="renoveringer")
    project = RenovationProjectPageFactory(parent=index, slug="nyt-tag")
    for name, status in [
        ("Stillads", Phase.DONE),
        ("Nedrivning af gammelt tag", Phase.IN_PROGRESS),
        ("Nyt tag", Phase.NOT_STARTED),
    ]:
        RenovationPhaseFactory(project=project, name=name, status=status)
    project.save_revision().publish()

    response = client.get("/renoveringer/nyt-tag/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.select_one(".progress-text").get_text(" ", strip=True)
    assert text == "1 af 3 faser er færdige. Aktuel fase: Nedrivning af gammelt tag."
    assert soup.select_one("progress")["value"] == "33"
