"""The Content-Security-Policy in a real browser: nothing the site, admin or player needs is blocked.

Headless Chromium visits the demo content on a live server and records every
``securitypolicyviolation`` event (listened for before any page script runs) and every console
message about the policy. A page passes when it loaded, carried the header, and the browser
reported no violation.
"""

import pytest

from tests.browser_support import seed_demo_pages

pytestmark = pytest.mark.browser

#: Runs in every document (and frame) before its own scripts: keeps each violation on window.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `(${event.sourceFile || ""}:${event.lineNumber || ""})`
  );
});
"""
EDITOR = ("csp-redaktoer", "hemmelig-kode-123")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Seed the demo once; return the first live URL of each page type."""
    with django_db_blocker.unblock():
        pages = seed_demo_pages("--small-images")
        from django.contrib.auth import get_user_model

        get_user_model().objects.filter(username=EDITOR[0]).delete()
        get_user_model().objects.create_superuser(EDITOR[0], "csp@example.com", EDITOR[1])
        urls = {}
        for page in pages:
            urls.setdefault(type(page).__name__, (page.url, page.pk))
    return urls


class Visit:
    """One browser context that remembers CSP headers, violations and console complaints."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.console = []
        self.page.on("console", self._console)

    def _console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def open(self, url: str, *, wait_for: str | None = None):
        response = self.page.goto(url)
        assert response is not None and response.status < 400, (url, response and response.status)
        if wait_for:
            self.page.wait_for_selector(wait_for, timeout=10_000)
        # Let late work (images, workers, Stimulus controllers, feed polls) happen.
        self.page.wait_for_load_state("networkidle")
        return response

    def take_violations(self) -> list[str]:
        """Violations reported so far in every frame of the page, and console complaints."""
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__cspViolations || []")
            except Exception:  # a frame that navigated away meanwhile has nothing to say
                continue
        found += self.console
        self.console = []
        return found

    def close(self):
        self.context.close()


def entry(response, tab) -> tuple[int, str, list[str]]:
    """(status, the Content-Security-Policy header, violations seen since the last entry)."""
    return (
        response.status,
        response.headers.get("content-security-policy", ""),
        tab.take_violations(),
    )


def _admin_flow(tab, base: str, demo: dict) -> dict:
    """Log in, see the dashboard, open a page in the editor, then the site with the user bar."""
    results = {}
    response = tab.open(base + "/admin/login/")
    results["admin login"] = entry(response, tab)

    tab.page.fill("#id_username", EDITOR[0])
    tab.page.fill("#id_password", EDITOR[1])
    with tab.page.expect_navigation() as navigation:
        tab.page.click("button[type=submit]")
    tab.page.wait_for_selector("main", timeout=10_000)
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.url.rstrip("/").endswith("/admin"), tab.page.url
    results["admin dashboard"] = entry(navigation.value, tab)

    _, article_id = demo["NewsArticlePage"]
    response = tab.open(f"{base}/admin/pages/{article_id}/edit/", wait_for=".Draftail-Editor")
    results["admin page editor"] = entry(response, tab)

    home_url, _ = demo["HomePage"]
    response = tab.open(base + home_url, wait_for="#wagtail-userbar-trigger")
    # Opening it runs its scripts (and the accessibility checker) under the public policy.
    tab.page.click("#wagtail-userbar-trigger")
    tab.page.wait_for_selector("#wagtail-userbar-items", timeout=10_000)
    tab.page.wait_for_load_state("networkidle")
    results["site with user bar"] = entry(response, tab)
    return results


@pytest.fixture(scope="module")
def report(demo, browser, live_server, unblocked_db):
    """``{name: (response, violations)}`` for every page visited, in one live-server session.

    Visited from one module-scoped fixture because pytest-django flushes the database after
    the first test that uses the live server.
    """
    base = live_server.url
    results = {}
    for name in PUBLIC_PAGE_TYPES:
        tab = Visit(browser)
        response = tab.open(base + demo[name][0], wait_for="main h1")
        results[name] = entry(response, tab)
        tab.close()

    # The demo screen sleeps outside 07–22 Danish time; this test is about the policy, so the
    # screen is made to run all day (CI also runs at night).
    from screens.models import Screen

    Screen.objects.filter(key="raadhus-foyer").update(active_from=None, active_until=None)
    tab = Visit(browser)
    response = tab.open(base + "/screens/raadhus-foyer/", wait_for="#slide:not([hidden])")
    # A second load is served through the service worker, which the policy must allow too.
    tab.page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)
    tab.page.reload()
    tab.page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    tab.page.wait_for_load_state("networkidle")
    results["screen player"] = entry(response, tab)
    tab.close()

    tab = Visit(browser)
    results.update(_admin_flow(tab, base, demo))
    tab.close()
    return results


PUBLIC_PAGE_TYPES = ["HomePage", "NewsArticlePage", "RenovationProjectPage", "ActivityPage"]
ADMIN = ["admin login", "admin dashboard", "admin page editor", "site with user bar"]


@pytest.mark.parametrize("name", [*PUBLIC_PAGE_TYPES, "screen player"])
def test_public_site_and_screen_player_run_under_the_strict_policy(report, name):
    status, policy, violations = report[name]
    assert status == 200
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize("name", ADMIN)
def test_wagtail_admin_runs_under_its_policy(report, name):
    status, policy, violations = report[name]
    assert status == 200
    assert "script-src 'self'" in policy
    assert "unsafe-eval" not in policy
    assert violations == [], "\n".join(violations)
