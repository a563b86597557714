"""#18.6 "Læs op" and print in headless Chromium: the browser's own voice, the article only.

``speechSynthesis`` is stubbed in the page (Playwright ``add_init_script``) so the test hears
exactly what would be spoken; a second context removes it, as in a browser without speech.
"""

import os

import pytest
from playwright.sync_api import expect

from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
EASY = "<p>Vi bygger en ny legeplads. Den ligger i Strandparken.</p><p>Den åbner snart.</p>"
#: A speechSynthesis that records what it is asked to say and ends each utterance at once.
FAKE_SPEECH = """
(() => {
  const spoken = [];
  window.__spoken = spoken;
  window.__calls = [];
  class FakeUtterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
  }
  const voices = [
    { name: "English", lang: "en-US", default: true, localService: true, voiceURI: "en" },
    { name: "Dansk", lang: "da-DK", default: false, localService: true, voiceURI: "da" },
  ];
  const synth = {
    speaking: false, paused: false, pending: false,
    getVoices: () => voices,
    speak(utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.name });
      this.speaking = true;
      window.__last = utterance;
    },
    pause() { window.__calls.push("pause"); this.paused = true; },
    resume() { window.__calls.push("resume"); this.paused = false; },
    cancel() { window.__calls.push("cancel"); this.speaking = false; },
    addEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
})();
"""
NO_SPEECH = """
Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
"""


@pytest.fixture
def article(transactional_db):
    from home.factories import home_for_default_site
    from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

    home = home_for_default_site(title="Vallensbæk Kommune")
    index = NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")
    page = NewsArticlePageFactory(
        parent=index,
        title="Ny legeplads i Strandparken",
        slug="legeplads",
        summary="Kommunen bygger en ny legeplads i Strandparken.",
        easy_read=EASY,
    )
    page.save_revision().publish()
    return page


def test_read_aloud_speaks_the_article_only_with_a_danish_voice(article, live_server):
    with launched_chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(FAKE_SPEECH)
        page = context.new_page()
        page.goto(f"{live_server.url}/nyheder/legeplads/")

        play = page.get_by_role("button", name="Læs op")
        expect(play).to_be_visible()
        expect(play).to_have_attribute("aria-pressed", "false")
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, "easy-read-aloud.png"))

        # Keyboard: Tab to the button, Enter starts reading.
        play.focus()
        page.keyboard.press("Enter")
        expect(play).to_have_attribute("aria-pressed", "true")
        spoken = page.evaluate("window.__spoken")
        text = " ".join(item["text"] for item in spoken)
        assert "Ny legeplads i Strandparken" in text
        assert "Legepladsen får gynger og sandkasse." in text
        # Main content only: not the menu, the footer or the page tools themselves.
        assert "Nyheder" not in text.split("Ny legeplads")[0]
        assert "Læs op" not in text and "Læs let version" not in text
        assert "Tilgængelighedserklæring" not in text and "RSS" not in text
        assert {item["voice"] for item in spoken} == {"Dansk"}
        assert {item["lang"] for item in spoken} == {"da-DK"}

        # Space pauses and resumes (a real <button>); Stop ends it.
        page.keyboard.press("Space")
        expect(play).to_have_attribute("aria-pressed", "false")
        page.keyboard.press("Space")
        expect(play).to_have_attribute("aria-pressed", "true")
        page.get_by_role("button", name="Stop oplæsning").click()
        expect(play).to_have_attribute("aria-pressed", "false")
        assert page.evaluate("window.__calls")[-3:] == ["pause", "resume", "cancel"]
        expect(page.get_by_role("status")).to_have_text("Stoppet")

        # The easy-read version is read as it is shown.
        page.get_by_role("link", name="Læs let version").click()
        page.wait_for_load_state()
        page.get_by_role("button", name="Læs op").click()
        text = " ".join(item["text"] for item in page.evaluate("window.__spoken"))
        assert "Den ligger i Strandparken." in text
        assert "Legepladsen får gynger" not in text
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, "easy-read-version.png"), full_page=True)
        context.close()


@pytest.mark.parametrize("script", [NO_SPEECH, None], ids=["no_speech", "no_javascript"])
def test_read_aloud_stays_hidden_without_speech_or_javascript(article, live_server, script):
    with launched_chromium() as browser:
        context = browser.new_context(java_script_enabled=script is not None)
        if script:
            context.add_init_script(script)
        page = context.new_page()
        page.goto(f"{live_server.url}/nyheder/legeplads/")
        page.wait_for_load_state("networkidle")

        assert page.locator("[data-read-aloud]").count() == 1
        expect(page.locator("[data-read-aloud]")).to_be_hidden()
        assert page.get_by_role("button", name="Læs op").count() == 0
        # Without JavaScript the easy-read link still works.
        expect(page.get_by_role("link", name="Læs let version")).to_be_visible()
        context.close()


def test_read_aloud_stays_hidden_when_the_browser_has_no_voice(article, live_server):
    no_voice = FAKE_SPEECH.replace("getVoices: () => voices", "getVoices: () => []")
    with launched_chromium() as browser:
        context = browser.new_context()
        context.add_init_script(no_voice)
        page = context.new_page()
        page.goto(f"{live_server.url}/nyheder/legeplads/")
        page.wait_for_load_state("networkidle")

        expect(page.locator("[data-read-aloud]")).to_be_hidden()
        context.close()


def test_print_shows_the_article_not_the_chrome(article, live_server):
    with launched_chromium() as browser:
        context = browser.new_context(viewport={"width": 900, "height": 1200})
        context.add_init_script(FAKE_SPEECH)
        page = context.new_page()
        page.goto(f"{live_server.url}/nyheder/legeplads/")
        expect(page.get_by_role("button", name="Læs op")).to_be_visible()

        page.emulate_media(media="print")

        expect(page.locator("main article h1")).to_be_visible()
        expect(page.locator("main article")).to_contain_text("Legepladsen får gynger")
        for chrome in (
            ".site-header",
            ".main-nav",
            ".site-footer",
            ".search-form",
            ".breadcrumbs",
            "[data-read-aloud]",
            ".page-tools",
        ):
            expect(page.locator(chrome).first).to_be_hidden()
        font_size = page.evaluate("getComputedStyle(document.body).fontSize")
        assert float(font_size.removesuffix("px")) >= 15  # 12 pt = 16 px
        if SHOTS:
            page.pdf(path=os.path.join(SHOTS, "easy-print.pdf"))
            page.screenshot(path=os.path.join(SHOTS, "easy-print.png"), full_page=True)

        page.emulate_media(media="screen")
        expect(page.locator(".site-footer")).to_be_visible()
        context.close()
