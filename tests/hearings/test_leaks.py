"""No answerer's email or hidden address in any public output: site, API, RSS, search, sitemap,
screens."""

import pytest

from hearings.factories import HearingAnswerFactory
from hearings.models import HearingAnswer
from screens.factories import ScreenFactory

pytestmark = pytest.mark.django_db

EMAIL = "hemmelig.borger@example.com"
HIDDEN = "Skjultevej 99, 2625 Vallensbæk"
PENDING_TEXT = "Ikke modereret endnu: Kildevej 5"


@pytest.fixture
def answers(hearings):
    HearingAnswerFactory(
        hearing=hearings.hearing,
        name="Synlig Borger",
        email=EMAIL,
        address=HIDDEN,
        hide_address=True,
        text="Planen om stationstorvet er god.",
        status=HearingAnswer.Status.PUBLISHED,
    )
    HearingAnswerFactory(hearing=hearings.hearing, text=PENDING_TEXT, email="venter@example.com")
    HearingAnswerFactory(
        hearing=hearings.hearing,
        text="Afvist svar",
        email="afvist@example.com",
        status=HearingAnswer.Status.REJECTED,
        rejection_reason="Intern begrundelse",
    )
    return hearings


def public_outputs(client, hearings) -> dict[str, str]:
    screen = ScreenFactory(show_open_hearings=True)
    urls = {
        "page": hearings.hearing.url,
        "form": hearings.form_url,
        "index": hearings.index.url,
        "home": hearings.home.url,
        "api page": f"/api/v3/pages/{hearings.hearing.pk}/",
        "api pages": "/api/v3/pages/?type=hearings.HearingPage&fields=*",
        "api hearings": "/api/v3/hearings/",
        "rss": "/feeds/hoeringer/",
        "search": "/soeg/?q=stationstorvet",
        "api search": "/api/v3/search/?q=stationstorvet",
        "sitemap": "/sitemap.xml",
        "screen": f"/api/v3/screens/{screen.key}/feed/",
    }
    outputs = {}
    for name, url in urls.items():
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        outputs[name] = f"{response.status_code} {body.decode()}"
    return outputs


def test_no_email_hidden_address_or_unmoderated_text_anywhere(client, answers):
    outputs = public_outputs(client, answers)
    assert "Planen om stationstorvet er god." in outputs["page"]
    assert "Planen om stationstorvet er god." in outputs["api page"]
    for name, body in outputs.items():
        for secret in (EMAIL, HIDDEN, PENDING_TEXT, "venter@example.com", "Intern begrundelse"):
            assert secret not in body, (name, secret)
        assert "afvist@example.com" not in body, name
