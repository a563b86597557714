"""Issue #12.5: the overdue-guides report lists every guide, drafts included: staff only.

A member gets 403 on the report, its results view and both exports, and no link to it in
the Reports menu; the moderators (not only superusers) get the report and the link.
"""

import datetime as dt

import pytest
from django.urls import reverse

from guides.factories import GuidePageFactory
from guides.models import add_months

REPORT = "overdue_guides_report"
DRAFT_TITLE = "Roklubbens udkast: sådan søger I tilskud"


@pytest.fixture
def overdue_draft(world):
    return GuidePageFactory(
        parent=world.guide_index,
        title=DRAFT_TITLE,
        last_reviewed=add_months(dt.date.today(), -14),
        live=False,
        owner=world.member_b,
    )


def report_requests():
    return [
        (reverse(REPORT), {}),
        (reverse("overdue_guides_report_results"), {}),
        (reverse(REPORT), {"export": "csv"}),
        (reverse(REPORT), {"export": "xlsx"}),
    ]


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_member_is_refused_the_report_and_its_exports(client, world, overdue_draft):
    client.force_login(world.member_a)
    for url, params in report_requests():
        response = client.get(url, params)
        assert response.status_code == 403, (url, params)
        content = body(response).decode()
        assert DRAFT_TITLE not in content
        assert "kun for kommunikationsmedarbejdere" in content


def test_member_has_no_link_to_the_report(client, world):
    client.force_login(world.member_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) not in dashboard


def test_moderators_get_the_report_its_exports_and_the_link(client, world, overdue_draft):
    client.force_login(world.moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) in dashboard
    for url, params in report_requests():
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
    csv_export = body(client.get(reverse(REPORT), {"export": "csv"})).decode("utf-8-sig")
    assert DRAFT_TITLE in csv_export


PAGE_TYPES = "wagtailadmin_reports:page_types_usage"


def test_wagtails_page_types_report_is_staff_only_too(client, world):
    """It names the last edited page of each type: here, B's draft."""
    from news.factories import NewsArticlePageFactory

    draft = NewsArticlePageFactory(parent=world.association_b, title=DRAFT_TITLE, live=False)
    draft.save_revision(user=world.member_b)
    urls = [reverse(PAGE_TYPES), reverse("wagtailadmin_reports:page_types_usage_results")]

    client.force_login(world.member_a)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 403, url
        assert DRAFT_TITLE not in response.content.decode()
    assert reverse(PAGE_TYPES) not in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(world.moderator)
    assert reverse(PAGE_TYPES) in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert DRAFT_TITLE in client.get(urls[0]).content.decode()
