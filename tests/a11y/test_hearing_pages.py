"""axe-core (WCAG 2.1 A/AA) on the hearing pages of the seeded demo (#18).

The open hearing with its published answers, its easy-read version, the answer form empty and
after a POST with errors, and the decided hearing with its høringsnotat; at desktop and phone
widths. Every violation is reported (all impacts), so ``hear-walkthrough.md`` can quote them;
the test fails on serious and critical ones, as the other a11y modules do.
"""

import pytest

from .test_pages import BLOCKING, WCAG_TAGS

pytestmark = pytest.mark.browser

PAGES = ["open", "open_easy_read", "form", "form_with_errors", "decided", "index"]


@pytest.fixture(scope="module")
def hearing_urls(demo, unblocked_db):
    from hearings.models import HearingPage
    from hearings.state import State

    by_state = {page.state: page for page in HearingPage.objects.live().public()}
    open_hearing = by_state[State.OPEN]
    assert open_hearing.published_answers, "the demo's open hearing has published answers"
    assert open_hearing.easy_read, "the demo's open hearing has an easy-read version"
    return {
        "open": open_hearing.url,
        "open_easy_read": open_hearing.url + "?version=let",
        "form": open_hearing.url + "svar/",
        "form_with_errors": open_hearing.url + "svar/",
        "decided": by_state[State.DECIDED].url,
        "index": demo["HearingIndexPage"],
    }


@pytest.fixture(scope="module")
def hearing_axe_results(hearing_urls, browser, live_server, unblocked_db):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    results = {}
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name in PAGES:
            page.goto(live_server.url + hearing_urls[name])
            if name == "form_with_errors":
                # The form is novalidate: an empty submit reaches the server, which answers 422.
                with page.expect_navigation():
                    page.click("form[method=post] button[type=submit]")
                assert page.locator("#form-errors").count() == 1
            response = axe.run(
                page,
                options={
                    "runOnly": {"type": "tag", "values": WCAG_TAGS},
                    "resultTypes": ["violations"],
                },
            ).response
            entry = results.setdefault(name, {"blocking": [], "all": []})
            for violation in response["violations"]:
                found = {
                    "width": width,
                    "id": violation["id"],
                    "impact": violation["impact"],
                    "targets": [node["target"] for node in violation["nodes"]][:5],
                }
                entry["all"].append(found)
                if violation["impact"] in BLOCKING:
                    entry["blocking"].append(found)
        context.close()
    print("axe hearing results:", results)
    return results


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_axe_violations_on_hearing_pages(hearing_axe_results, name):
    assert hearing_axe_results[name]["blocking"] == [], hearing_axe_results[name]


def test_no_axe_violations_of_any_impact_on_the_hearing_and_its_form(hearing_axe_results):
    found = {name: hearing_axe_results[name]["all"] for name in PAGES}
    assert found == {name: [] for name in PAGES}
