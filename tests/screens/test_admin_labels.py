"""#15.14: the screens' admin speaks Danish: slide kinds in the preview, Ja/Nej filters."""

import re

import pytest

from screens.factories import AlertFactory, ManualSlideFactory
from screens.models import Alert

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_preview_names_slide_kinds_in_danish(site, admin_client):
    response = admin_client.get(f"/admin/screens/{site.screen.pk}/preview/")

    text = _text(response)
    assert response.status_code == 200
    assert re.search(r"\((nyhed|aktivitet|manuel|renovering), \d+ sek\.\)", text), text[-1500:]
    assert not re.search(r"\((news|activity|manual|renovation),", text)


@pytest.mark.parametrize(("value", "label"), [("false", "Nej"), ("true", "Ja")])
def test_an_alert_filter_on_the_switch_reads_ja_or_nej(admin_client, value, label):
    AlertFactory(message="Vandforsyningen er afbrudt", enabled=False)
    AlertFactory(message="Borgerservice lukker kl. 12", enabled=True)

    response = admin_client.get("/admin/snippets/screens/alert/", {"enabled": value})

    text = _text(response)
    assert response.status_code == 200
    # The active-filter label and the list column both say Ja/Nej, never True/False.
    assert re.search(f"slået til: {label}", text, re.IGNORECASE), text[:3000]
    assert "False" not in text and "True" not in text
    shown = {a.message for a in Alert.objects.all() if a.message in text}
    assert shown == {a.message for a in Alert.objects.filter(enabled=value == "true")}


def test_a_slide_filter_on_the_switch_filters_the_list(admin_client):
    ManualSlideFactory(title="Julemarked på torvet", enabled=True)
    ManualSlideFactory(title="Sommerferie i borgerservice", enabled=False)

    text = _text(admin_client.get("/admin/snippets/screens/manualslide/", {"enabled": "false"}))

    assert "Sommerferie i borgerservice" in text
    assert "Julemarked på torvet" not in text
