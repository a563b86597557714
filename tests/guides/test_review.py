"""Guides carry a review date; overdue guides show up in an admin report."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from guides.factories import GuideIndexPageFactory, GuidePageFactory
from guides.models import GuidePage, add_months
from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 27)
REPORT_URL = "/admin/reports/overdue-guides/"


@pytest.fixture
def guides():
    return GuideIndexPageFactory(parent=HomePageFactory())


def guide(index, title, last_reviewed, months=12, **kwargs) -> GuidePage:
    return GuidePageFactory(
        parent=index,
        title=title,
        last_reviewed=last_reviewed,
        review_interval_months=months,
        **kwargs,
    )


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 15), 12, dt.date(2027, 1, 15)),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2027, 12, 31), 2, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2026, 5, 10), 60, dt.date(2031, 5, 10)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_review_due_is_computed_on_save(guides):
    page = guide(guides, "Tilskud", dt.date(2026, 1, 31), months=1)
    page.refresh_from_db()
    assert page.review_due == dt.date(2026, 2, 28)


def test_review_due_follows_a_new_review_date(guides):
    page = guide(guides, "Tilskud", dt.date(2025, 3, 1))
    page.last_reviewed = dt.date(2026, 11, 1)
    page.save()
    page.refresh_from_db()
    assert page.review_due == dt.date(2027, 11, 1)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("last_reviewed", dt.date(2026, 6, 1), dt.date(2027, 6, 1)),
        ("review_interval_months", 6, dt.date(2025, 9, 1)),
    ],
)
def test_review_due_follows_a_partial_save(guides, field, value, expected):
    page = guide(guides, "Tilskud", dt.date(2025, 3, 1))
    setattr(page, field, value)
    page.save(update_fields=[field])
    page.refresh_from_db()
    assert page.review_due == expected


def test_review_due_follows_a_published_revision(guides):
    page = guide(guides, "Tilskud", dt.date(2025, 3, 1))
    page.last_reviewed = dt.date(2026, 11, 1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.review_due == dt.date(2027, 11, 1)


def test_unsaved_guide_passes_full_clean(guides):
    page = GuidePage(
        title="Ny guide",
        slug="ny-guide",
        summary="Kort om guiden.",
        steps=[{"type": "step", "value": {"title": "Trin 1", "body": "<p>Gør sådan.</p>"}}],
    )
    page.depth, page.path = guides.depth + 1, guides.path + "9999"
    page.full_clean()


def test_review_interval_is_one_to_sixty_months(guides):
    from django.core.exceptions import ValidationError

    page = guide(guides, "Tilskud", dt.date(2026, 1, 1))
    for months in (0, 61):
        page.review_interval_months = months
        with pytest.raises(ValidationError) as excinfo:
            page.full_clean()
        assert list(excinfo.value.message_dict) == ["review_interval_months"]


def test_overdue_for_review_lists_overdue_guides_only(guides):
    guide(guides, "Frisk", dt.date(2026, 6, 1))
    guide(guides, "Forfalden i dag", dt.date(2025, 11, 27))  # due today: not yet overdue
    guide(guides, "Lidt forsinket", dt.date(2025, 10, 1))
    guide(guides, "Meget forsinket", dt.date(2024, 1, 1))
    guide(guides, "Halvårlig", dt.date(2026, 3, 15), months=6)
    overdue = GuidePage.objects.overdue_for_review(TODAY)
    assert [g.title for g in overdue] == ["Meget forsinket", "Halvårlig", "Lidt forsinket"]


def test_overdue_drafts_are_listed_too(guides):
    # Editors must review unpublished guides as well before they go live.
    guide(guides, "Kladde", dt.date(2024, 1, 1), live=False)
    assert [g.title for g in GuidePage.objects.overdue_for_review(TODAY)] == ["Kladde"]


def test_days_overdue(guides):
    page = guide(guides, "Tilskud", dt.date(2025, 11, 17))
    assert page.is_overdue(TODAY)
    assert page.days_overdue(TODAY) == 10
    assert not page.is_overdue(dt.date(2026, 11, 17))
    assert page.days_overdue(dt.date(2026, 1, 1)) == 0


# The admin report -----------------------------------------------------------------------------


@pytest.fixture
def overdue_and_fresh(guides):
    today = dt.date.today()
    overdue = guide(guides, "Sådan søger I tilskud", add_months(today, -14))
    fresh = guide(guides, "Sådan holder I generalforsamling", today)
    return overdue, fresh


def test_report_url_is_registered():
    assert reverse("overdue_guides_report") == REPORT_URL


def test_report_lists_overdue_guides_only(editor, overdue_and_fresh):
    overdue, fresh = overdue_and_fresh
    response = editor.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert overdue.title in html
    assert reverse("wagtailadmin_pages:edit", args=[overdue.pk]) in html
    assert fresh.title not in html


def test_report_without_overdue_guides(editor, guides):
    guide(guides, "Frisk", dt.date.today())
    response = editor.get(REPORT_URL)
    assert response.status_code == 200
    assert "Frisk" not in response.content.decode()


def test_report_results_view_for_filtering(editor, overdue_and_fresh):
    overdue, fresh = overdue_and_fresh
    response = editor.get(reverse("overdue_guides_report_results"))
    assert response.status_code == 200
    assert overdue.title in response.content.decode()
    assert fresh.title not in response.content.decode()


def test_report_csv_export(editor, overdue_and_fresh):
    overdue, fresh = overdue_and_fresh
    response = editor.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 2  # heading + the overdue guide
    assert rows[1][0] == overdue.title
    assert overdue.review_due.isoformat() in rows[1]
    assert fresh.title not in body


def test_report_xlsx_export(editor, overdue_and_fresh):
    response = editor.get(REPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_report_requires_login(client, overdue_and_fresh):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_report_refused_for_user_without_admin_access(
    client, django_user_model, overdue_and_fresh
):
    user = django_user_model.objects.create_user("borger", "b@example.dk", "pw")
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert overdue_and_fresh[0].title not in response.content.decode()
