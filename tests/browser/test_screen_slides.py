"""What a screen slide looks like at 1920×1080 in a real Chromium: image, QR code, clock.

Screenshots go to ``SCREENSHOT_DIR`` when it is set (never the repository).
"""

import os

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Locale

from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
FULL_HD = {"width": 1920, "height": 1080}
#: A function, not an expression: the player's CSP forbids the eval an expression needs.
IMAGE_LOADED = "() => document.getElementById('slide-image').naturalWidth > 0"


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, name))


@pytest.fixture
def news_screen(transactional_db, settings):
    """A screen showing one news article whose picture has a word written across it."""
    from core.factories import ImageFactory, TopicFactory
    from demo.drawing import make_image
    from home.factories import home_for_default_site
    from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
    from screens.factories import ScreenFactory

    settings.SCREENS_POLL_SECONDS = 1
    Locale.objects.get_or_create(language_code="da")
    home = home_for_default_site(title="Vallensbæk Kommune")
    news = NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")
    topic = TopicFactory(name="Borgerservice", slug="borgerservice")
    image = ImageFactory(
        title="Borgerservice",
        file=ContentFile(make_image("Borgerservice", "borgerservice"), name="borgerservice.jpg"),
    )
    article = NewsArticlePageFactory(
        parent=news,
        title="Borgerservice får nye åbningstider",
        summary="Fra næste måned har Borgerservice åbent til kl. 17.30 om torsdagen.",
        image=image,
        image_alt="Tegning med ordet Borgerservice",
    )
    article.topics.set([topic])
    article.save_revision().publish()
    screen = ScreenFactory(key="raadhus-foyer", name="Rådhusets foyer", activity_days=0)
    screen.news_topics.set([topic])
    return {"screen": screen, "article": article, "image": image}


@pytest.fixture
def full_hd():
    with launched_chromium() as browser:
        context = browser.new_context(viewport=FULL_HD)
        yield context.new_page()


def test_news_slide_at_full_hd(news_screen, live_server, full_hd):
    page = full_hd
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    page.wait_for_function(IMAGE_LOADED, timeout=10_000)
    page.wait_for_timeout(300)
    shot(page, "slide-news-1920x1080.png")

    # The 16:9 picture would lose almost half its width in the half-screen panel, cutting the
    # word drawn across it: it is shown whole, on a blurred copy of itself.
    shown = page.evaluate(
        """() => {
            const img = document.getElementById("slide-image");
            const panel = img.parentElement.getBoundingClientRect();
            return {
                fit: getComputedStyle(img).objectFit,
                ratio: img.naturalWidth / img.naturalHeight,
                panelWidth: panel.width,
                panelHeight: panel.height,
                backdrop: getComputedStyle(document.getElementById("slide-backdrop")).display,
            };
        }"""
    )
    assert shown["ratio"] == pytest.approx(1600 / 900, rel=0.01)  # nothing cropped
    assert shown["fit"] == "contain"
    drawn_height = shown["panelWidth"] / shown["ratio"]
    assert drawn_height <= shown["panelHeight"]  # the whole width fits the panel
    assert shown["backdrop"] != "none"

    # The QR code scans from 2–3 m: at least a quarter of the screen's height, modules of
    # about ten pixels, its quiet zone white, clear of the text; the short address under it.
    qr = page.evaluate(
        """() => {
            const svg = document.querySelector("#slide-qr-code svg");
            const box = svg.getBoundingClientRect();
            const text = document.getElementById("slide-text").getBoundingClientRect();
            return {
                height: box.height, width: box.width, top: box.top,
                modules: svg.viewBox.baseVal.width, textBottom: text.bottom,
                url: document.getElementById("slide-qr-url").textContent,
            };
        }"""
    )
    assert qr["height"] >= max(300, FULL_HD["height"] / 4)
    assert qr["width"] == qr["height"]
    assert qr["width"] / qr["modules"] >= 9
    assert qr["textBottom"] <= qr["top"]
    assert page.evaluate(
        "(el => el.scrollHeight <= el.clientHeight)(document.querySelector('.slide__content'))"
    )
    assert qr["url"].endswith(f"/s/{news_screen['article'].pk}")


@pytest.fixture
def renovation_screen(transactional_db, settings):
    """A screen showing one paused renovation whose disruption runs into next year."""
    import datetime as dt

    from django.utils import timezone

    from home.factories import home_for_default_site
    from renovations.factories import (
        RenovationDisruptionFactory,
        RenovationIndexPageFactory,
        RenovationProjectPageFactory,
    )
    from renovations.models import RenovationDisruption, Status
    from screens.factories import ScreenFactory

    settings.SCREENS_POLL_SECONDS = 1
    Locale.objects.get_or_create(language_code="da")
    home = home_for_default_site(title="Vallensbæk Kommune")
    index = RenovationIndexPageFactory(parent=home, slug="renoveringer")
    today = timezone.localdate()
    project = RenovationProjectPageFactory(
        parent=index,
        title="Nyt tag på Pilehaveskolen",
        status=Status.PAUSED,
        planned_start=today - dt.timedelta(days=40),
        planned_end=today + dt.timedelta(days=100),
        expected_end=today + dt.timedelta(days=140),
    )
    RenovationDisruptionFactory(
        project=project,
        kind=RenovationDisruption.Kind.PARKING,
        affected="Parkeringspladsen ved indgang A",
        date_from=today - dt.timedelta(days=40),
        date_to=today + dt.timedelta(days=110),
    )
    ScreenFactory(
        key="raadhus-foyer",
        name="Rådhusets foyer",
        activity_days=0,
        show_renovation_disruptions=True,
    )
    return project


def test_renovation_slide_at_full_hd(renovation_screen, live_server, full_hd):
    page = full_hd
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    page.wait_for_timeout(300)
    shot(page, "slide-renovation-1920x1080.png")

    # The pause and the expected end on a line of their own, each period with its year.
    lines = page.locator("#slide-meta").inner_text().splitlines()
    project = renovation_screen
    assert lines[0].startswith("På pause · Forventes færdig: ")
    assert lines[0].endswith(f" {project.expected_end.year}")
    assert lines[1].startswith("Parkering: Parkeringspladsen ved indgang A (")
    assert lines[1].endswith(f" {project.disruptions.get().date_to.year})")


def boxes(page, *selectors) -> list[dict]:
    return page.evaluate(
        """selectors => selectors.map(selector => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return {top: box.top, bottom: box.bottom, left: box.left, right: box.right,
                    width: box.width, height: box.height};
        })""",
        list(selectors),
    )


def test_portrait_news_slide_keeps_picture_text_and_qr_code_apart(news_screen, live_server):
    from screens.models import Screen

    Screen.objects.filter(pk=news_screen["screen"].pk).update(
        orientation=Screen.Orientation.PORTRAIT
    )
    with launched_chromium() as browser:
        page = browser.new_context(viewport={"width": 1080, "height": 1920}).new_page()
        page.goto(f"{live_server.url}/screens/raadhus-foyer/")
        page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
        page.wait_for_function(IMAGE_LOADED)
        page.wait_for_timeout(300)
        shot(page, "slide-news-1080x1920.png")

        # Nothing of the text is cut off by the panel it sits in.
        assert page.evaluate(
            "(el => el.scrollHeight <= el.clientHeight)(document.querySelector('.slide__content'))"
        )
        media, text, qr = boxes(page, ".slide__media", "#slide-text", "#slide-qr-code svg")
        assert media["bottom"] <= text["top"]
        assert text["bottom"] <= qr["top"] <= qr["bottom"] <= 1920
        assert qr["height"] >= 300
        fit = page.evaluate("getComputedStyle(document.getElementById('slide-image')).objectFit")
        assert fit == "contain"  # the 16:9 picture would lose a quarter in the wide panel


def test_alert_with_a_link_shows_a_large_qr_code_beside_the_message(news_screen, live_server):
    from screens.factories import AlertFactory

    AlertFactory(
        message="Rådhuset er lukket i dag på grund af strømsvigt. Borgerservice åbner igen "
        "i morgen kl. 10.",
        url="https://www.vallensbaek.dk/driftsforstyrrelser",
    )
    with launched_chromium() as browser:
        page = browser.new_context(viewport=FULL_HD).new_page()
        page.goto(f"{live_server.url}/screens/raadhus-foyer/")
        page.wait_for_selector("#alert:not([hidden])", timeout=10_000)
        page.wait_for_timeout(300)
        shot(page, "alert-1920x1080.png")

        message, qr = boxes(page, "#alert-message", "#alert-qr svg")
        assert qr["height"] >= max(300, FULL_HD["height"] / 4)
        assert message["right"] <= qr["left"]
