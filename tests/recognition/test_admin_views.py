"""#15.13: nominations in the admin have Danish column labels and local times."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from recognition.models import Nomination


@pytest.fixture
def nomination(world):
    return Nomination.objects.create(
        nominee_name="Birthe Nielsen",
        association=world.association_a,
        reason="Birthe har trænet børneholdet hver lørdag i 20 år.",
        nominator_name="Jens Larsen",
        nominator_email="jens@example.com",
        year=timezone.localdate().year,
    )


def test_the_list_has_danish_column_labels(client, world, nomination):
    client.force_login(world.moderator)
    response = client.get(reverse("nominations:index"))
    soup = BeautifulSoup(response.content, "html.parser")
    headings = " | ".join(th.get_text(" ", strip=True) for th in soup.select("thead th"))
    for heading in ["Ildsjæl", "Reference", "Forening", "Status", "År", "Modtaget"]:
        assert heading in headings, headings
    assert "Association display" not in response.content.decode()
    assert "Vallensbæk Petanqueklub" in soup.get_text()
    assert "Modtaget" in soup.select_one("tbody").get_text()  # the status, in Danish


def test_inspect_shows_the_association_by_name_and_local_time(client, world, nomination):
    client.force_login(world.moderator)
    response = client.get(reverse("nominations:inspect", args=[nomination.pk]))
    page_text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Forening Vallensbæk Petanqueklub" in page_text
    assert "Association display" not in page_text
    assert timezone.localtime(nomination.created_at).strftime("%H:%M") in page_text
