"""The Danish admin refuses impossible renovation dates without saving anything."""

import pytest

from home.factories import HomePageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from renovations.models import RenovationProjectPage
from tests.pages.admin_forms import (
    add_url,
    edit_url,
    in_admin_language,
    inline_formset,
    nested_form_data,
    page_text,
    post_invalid,
    renovation_data,
    rich_text,
)

pytestmark = pytest.mark.django_db

EXPECTED_END_MESSAGE = "The expected end must be after the planned start."
INLINE_END_MESSAGE = "The end must be after the start."

#: The Danish text editors must see for each message (English msgid → Danish).
EXPECTED_DANISH = {
    EXPECTED_END_MESSAGE: "Den forventede afslutning skal ligge efter den planlagte start.",
    "The planned end must be after the planned start.": (
        "Den planlagte afslutning skal ligge efter den planlagte start."
    ),
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def index():
    return RenovationIndexPageFactory(parent=HomePageFactory())


def test_create_with_expected_end_before_planned_start_is_refused(editor, index):
    # Planned start 1 April 2026 (see renovation_data).
    data = renovation_data(expected_end="31.03.2026")
    response = post_invalid(editor, add_url(RenovationProjectPage, index), data)
    assert response.context["form"].errors["expected_end"] == [
        in_admin_language(EXPECTED_END_MESSAGE)
    ]
    assert in_admin_language(EXPECTED_END_MESSAGE) in page_text(response)
    assert not RenovationProjectPage.objects.exists()


def test_edit_with_expected_end_before_planned_start_is_refused(editor, index):
    page = RenovationProjectPageFactory(parent=index)
    expected_end, revisions = page.expected_end, page.revisions.count()

    response = post_invalid(editor, edit_url(page), renovation_data(expected_end="01.01.2026"))

    assert list(response.context["form"].errors) == ["expected_end"]
    page.refresh_from_db()
    assert page.expected_end == expected_end
    assert page.revisions.count() == revisions


def test_planned_end_before_planned_start_is_refused(editor, index):
    response = post_invalid(
        editor, add_url(RenovationProjectPage, index), renovation_data(planned_end="01.01.2026")
    )
    assert "planned_end" in response.context["form"].errors
    assert not RenovationProjectPage.objects.exists()


def test_disruption_ending_before_it_starts_is_refused(editor, index):
    disruption = {
        "kind": "parking",
        "date_from": "10.05.2026",
        "date_to": "09.05.2026",
        "affected": "Parkeringspladsen ved indgang A",
        "description": "",
    }
    data = renovation_data()
    data.update(nested_form_data({"disruptions": inline_formset([disruption])}))
    response = post_invalid(editor, add_url(RenovationProjectPage, index), data)
    formset = response.context["form"].formsets["disruptions"]
    assert formset.forms[0].errors["date_to"] == [in_admin_language(INLINE_END_MESSAGE)]
    assert not RenovationProjectPage.objects.exists()


def test_project_with_update_and_disruption_is_saved(editor, index):
    data = renovation_data()
    data.update(
        nested_form_data(
            {
                "updates": inline_formset(
                    [
                        {
                            "date": "15.05.2026",
                            "title": "Stilladset er sat op",
                            "text": rich_text("<p>Nu går vi i gang.</p>"),
                            "images-count": "0",
                        }
                    ]
                ),
            }
        )
    )
    response = editor.post(
        add_url(RenovationProjectPage, index), {**data, "action-publish": "action-publish"}
    )
    assert response.status_code == 302
    page = RenovationProjectPage.objects.get()
    assert [u.title for u in page.updates.all()] == ["Stilladset er sat op"]


def test_error_is_shown_in_danish(editor, index):
    data = renovation_data(expected_end="31.03.2026")
    response = post_invalid(editor, add_url(RenovationProjectPage, index), data)
    assert EXPECTED_DANISH[EXPECTED_END_MESSAGE] in page_text(response)
