"""The demo seed creates the screens, their slides and a switched-off alert, once."""

import pytest
from django.utils import translation

from demo.context import SeedContext
from demo.registry import registry
from screens.models import Alert, ManualSlide, Screen
from screens.seed import seed_screens

pytestmark = pytest.mark.django_db


def test_screens_step_is_registered_in_seed_demo():
    assert "screens" in registry.names()


def test_seed_creates_two_screens_slides_and_an_inactive_alert(feed):
    lines = []
    ctx = SeedContext(write=lines.append)
    # The progress line is translated; read it in English whatever catalogue is compiled.
    with translation.override("en"):
        seed_screens(ctx)
        seed_screens(ctx)

    assert set(Screen.objects.values_list("key", flat=True)) == {
        "raadhus-foyer",
        "bibliotek-indgang",
    }
    assert ManualSlide.objects.count() == 5
    assert Alert.objects.count() == 1
    assert not Alert.objects.active().exists()
    assert "0 created" in lines[-1]
    response = feed("raadhus-foyer")
    assert response.status_code == 200
    assert response.json()["alert"] is None
    assert response.json()["slides"]
