"""axe-core (WCAG 2.1 A/AA) on the fair page, the business partner overview and the activity
sign-up form (each also in its error state), seeded demo."""

import pytest

from .test_pages import BLOCKING, WCAG_TAGS

pytestmark = pytest.mark.browser

PAGES = {
    "BusinessIndexPage": None,
    "BusinessPage": None,
    "FairPage": None,
    "BusinessIndexPageFiltered": "/erhvervspartnere/?tilbud=sponsorship",
    "FairPageWithErrors": None,  # the fair page after an empty POST: the error summary
    "SignupForm": None,  # /tilmelding/<id>/ of a demo activity with places left
    "SignupFormWithErrors": None,  # the same after an empty POST
}


def signup_form_url() -> str:
    from django.urls import reverse

    from signups.models import SignupOption

    option = next(
        option
        for option in SignupOption.objects.select_related("activity").order_by("pk")
        if option.places_left() > 0 and not option.closed_reason()
    )
    return reverse("signups:signup", args=[option.pk])


@pytest.fixture(scope="module")
def fair_axe_results(demo, browser, live_server, unblocked_db):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    results = {}
    signup_url = signup_form_url()
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name, url in PAGES.items():
            if name == "FairPageWithErrors":
                page.goto(live_server.url + demo["FairPage"])
                page.click("form[method=post] button[type=submit]")
                page.wait_for_load_state()
            elif name == "SignupForm":
                page.goto(live_server.url + signup_url)
            elif name == "SignupFormWithErrors":
                page.goto(live_server.url + signup_url)
                page.click("form[method=post] button[type=submit]")
                page.wait_for_load_state()
                assert page.locator("#form-errors").count() == 1  # the error summary is shown
            else:
                page.goto(live_server.url + (url or demo[name]))
            response = axe.run(
                page,
                options={
                    "runOnly": {"type": "tag", "values": WCAG_TAGS},
                    "resultTypes": ["violations"],
                },
            ).response
            entry = results.setdefault(name, [])
            for violation in response["violations"]:
                if violation["impact"] in BLOCKING:
                    entry.append(
                        {
                            "width": width,
                            "id": violation["id"],
                            "targets": [node["target"] for node in violation["nodes"]][:5],
                        }
                    )
        context.close()
    return results


def test_demo_has_the_fair_and_the_partner_pages(demo):
    assert {"BusinessIndexPage", "BusinessPage", "FairPage"} <= set(demo)


@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_axe_violations(fair_axe_results, name):
    assert fair_axe_results[name] == []
