"""#18.6 "Læs op" on a hearing page in headless Chromium, under the site's CSP.

The fake ``speechSynthesis`` of ``test_read_aloud_browser`` records what would be spoken. The
hearing page is the one with the most around its article (page notices, answers, the form
button, contact), so it is where "the main content only" can go wrong.
"""

import os

import pytest
from playwright.sync_api import expect

from tests.browser_support import launched_chromium
from tests.inclusion.test_read_aloud_browser import FAKE_SPEECH, NO_SPEECH
from tests.ops.test_csp_browser import RECORD_VIOLATIONS

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
PUBLISHED = "Jeg ønsker flere træer ved stationen."
PENDING = "Dette svar venter stadig på moderation."
NO_VOICE = FAKE_SPEECH.replace("getVoices: () => voices", "getVoices: () => []")


@pytest.fixture
def hearing(transactional_db):
    from hearings.factories import (
        HearingAnswerFactory,
        HearingIndexPageFactory,
        HearingPageFactory,
    )
    from hearings.models import HearingAnswer
    from home.factories import home_for_default_site

    home = home_for_default_site(title="Vallensbæk Kommune")
    index = HearingIndexPageFactory(parent=home, slug="hoeringer")
    page = HearingPageFactory(
        parent=index,
        slug="stationstorvet",
        title="Lokalplan for Stationstorvet",
        summary="Kommunen foreslår en grøn plads ved stationen.",
    )
    page.save_revision().publish()
    HearingAnswerFactory(
        hearing=page, name="Karen Jensen", text=PUBLISHED, status=HearingAnswer.Status.PUBLISHED
    )
    HearingAnswerFactory(hearing=page, text=PENDING)
    return page


class Browse:
    """A context with the speech script and the CSP recorder; collects CSP console messages."""

    def __init__(self, browser, script, **options):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
        self.context.add_init_script(RECORD_VIOLATIONS)
        if script:
            self.context.add_init_script(script)
        self.page = self.context.new_page()
        self.csp_console = []
        self.page.on(
            "console",
            lambda m: "Content Security Policy" in m.text and self.csp_console.append(m.text),
        )

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations || []") + self.csp_console


def test_read_aloud_on_a_hearing_reads_the_article_with_a_danish_voice(hearing, live_server):
    with launched_chromium() as browser:
        visit = Browse(browser, FAKE_SPEECH)
        page = visit.page
        response = page.goto(live_server.url + hearing.url)
        assert "script-src" in response.headers["content-security-policy"]
        play = page.get_by_role("button", name="Læs op")
        expect(play).to_be_visible()
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, "hear-read-aloud.png"))

        play.click()
        expect(play).to_have_attribute("aria-pressed", "true")
        spoken = page.evaluate("window.__spoken")
        text = " ".join(item["text"] for item in spoken)
        assert text.startswith("Lokalplan for Stationstorvet")
        assert "Kommunen foreslår en grøn plads ved stationen." in text
        assert PUBLISHED in text
        assert PENDING not in text
        # Not the chrome: menu, breadcrumbs, page tools, footer.
        assert "Læs op" not in text and "Stop oplæsning" not in text
        assert "Forside" not in text and "Tilgængelighedserklæring" not in text
        assert {item["voice"] for item in spoken} == {"Dansk"}
        assert {item["lang"] for item in spoken} == {"da-DK"}

        page.wait_for_load_state("networkidle")
        assert visit.violations() == []
        visit.context.close()


@pytest.mark.parametrize(
    ("script", "javascript"),
    [(NO_VOICE, True), (NO_SPEECH, True), (None, False)],
    ids=["no_voice", "no_speech", "no_javascript"],
)
def test_read_aloud_on_a_hearing_is_hidden_without_a_voice(
    hearing, live_server, script, javascript
):
    with launched_chromium() as browser:
        visit = Browse(browser, script, java_script_enabled=javascript)
        visit.page.goto(live_server.url + hearing.url)
        visit.page.wait_for_load_state("networkidle")

        expect(visit.page.locator("[data-read-aloud]")).to_be_hidden()
        assert visit.page.get_by_role("button", name="Læs op").count() == 0
        expect(visit.page.get_by_role("link", name="Svar på høringen")).to_be_visible()
        if javascript:
            assert visit.violations() == []
        visit.context.close()
