"""Every demo page type in a real browser: axe-core (WCAG 2.1 A/AA) and keyboard use.

axe-core comes inside the ``axe-playwright-python`` wheel, so nothing is downloaded when
the tests run.
"""

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

PAGE_TYPES = [
    "HomePage",
    "NewsIndexPage",
    "NewsArticlePage",
    "ActivityIndexPage",
    "ActivityPage",
    "RenovationIndexPage",
    "RenovationProjectPage",
    "AssociationIndexPage",
    "AssociationPage",
    "GuideIndexPage",
    "GuidePage",
    "FacilityIndexPage",
    "FacilityPage",
    "StandardPage",
]
#: Pages that are not Wagtail page types but every visitor can reach.
EXTRA_PAGES = {
    "SearchResults": "/soeg/?q=forening",
    "ActivityCalendarFiltered": "/aktiviteter/?period=month&free=on",
    "NotFound": "/findes-ikke/",
}


@pytest.fixture(scope="module")
def axe_results(demo, browser, live_server, unblocked_db):
    """``{page type: {"url", "violations": [...], "counts": {impact: n}}}``."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    targets = {name: demo[name] for name in PAGE_TYPES if name in demo}
    targets.update(EXTRA_PAGES)
    results = {}
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name, url in targets.items():
            page.goto(live_server.url + url)
            response = axe.run(
                page,
                options={
                    "runOnly": {"type": "tag", "values": WCAG_TAGS},
                    "resultTypes": ["violations"],
                },
            ).response
            entry = results.setdefault(name, {"url": url, "violations": [], "counts": {}})
            for violation in response["violations"]:
                impact = violation["impact"]
                entry["counts"][impact] = entry["counts"].get(impact, 0) + len(violation["nodes"])
                if impact in BLOCKING:
                    entry["violations"].append(
                        {
                            "width": width,
                            "id": violation["id"],
                            "impact": impact,
                            "targets": [node["target"] for node in violation["nodes"]][:5],
                        }
                    )
        context.close()
    return results


def test_the_demo_has_every_page_type(demo):
    assert set(PAGE_TYPES) <= set(demo), set(PAGE_TYPES) - set(demo)


@pytest.mark.parametrize("name", PAGE_TYPES + list(EXTRA_PAGES))
def test_no_serious_or_critical_axe_violations(axe_results, name):
    result = axe_results[name]

    assert result["violations"] == [], result


@pytest.fixture(scope="module")
def keyboard_trace(demo, browser, live_server, unblocked_db):
    """Tab through the home page, search with the keyboard and Tab to the first result."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/")

    def focused() -> dict:
        return page.evaluate(
            """() => {
                const el = document.activeElement;
                return {
                    tag: el.tagName.toLowerCase(),
                    id: el.id,
                    href: el.getAttribute('href'),
                    inMenu: !!el.closest('nav.main-nav'),
                    inResults: !!el.closest('.search-results'),
                    outline: getComputedStyle(el).outlineStyle,
                };
            }"""
        )

    trace = {"home": [], "results": []}
    for _ in range(40):
        page.keyboard.press("Tab")
        trace["home"].append(focused())
        home = trace["home"]
        if any(f["inMenu"] for f in home) and any(f["id"] == "site-search" for f in home):
            break

    # Back to the search field, type a query and submit with Enter.
    for _ in range(40):
        if focused()["id"] == "site-search":
            break
        page.keyboard.press("Shift+Tab")
    page.keyboard.type("forening")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    trace["results_url"] = page.url
    first = page.locator(".search-results a").first
    trace["first_result"] = first.get_attribute("href") if first.count() else None

    for _ in range(80):
        page.keyboard.press("Tab")
        trace["results"].append(focused())
        if trace["results"][-1]["inResults"]:
            break
    if trace["results"][-1]["inResults"]:
        with page.expect_navigation():
            page.keyboard.press("Enter")
        trace["opened"] = page.url
    page.close()
    return trace


def test_keyboard_reaches_skip_link_main_menu_and_search(keyboard_trace):
    home = keyboard_trace["home"]

    assert home[0]["href"] == "#main", "the skip link comes first"
    assert any(f["inMenu"] for f in home), "the main menu is reachable by Tab"
    assert any(f["id"] == "site-search" for f in home), "the search field is reachable by Tab"
    # Focus is visible wherever it lands.
    assert all(f["outline"] != "none" for f in home), home


def test_keyboard_searches_and_opens_the_first_result(keyboard_trace):
    assert "q=forening" in keyboard_trace["results_url"]
    assert keyboard_trace["first_result"], "the demo search finds something"
    assert keyboard_trace["results"][-1]["href"] == keyboard_trace["first_result"]
    assert keyboard_trace["opened"].endswith(keyboard_trace["first_result"])


@pytest.fixture(scope="module", autouse=True)
def _visit_everything_before_the_first_flush(axe_results, keyboard_trace):
    """Browse before any test ends: live-server tests flush the database when they finish."""
