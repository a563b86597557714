"""The Danish admin refuses a malformed CVR number and images without alt text.

Each refusal must show the form again (200, never 500) with the error on the right field,
and save nothing.
"""

import pytest
from wagtail.models import Page

from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from associations.models import AssociationPage
from core.factories import ImageFactory
from home.factories import HomePageFactory
from home.models import StandardPage

from .admin_forms import (
    add_url,
    association_data,
    edit_url,
    in_admin_language,
    page_text,
    post_invalid,
    standard_page_data,
)

pytestmark = pytest.mark.django_db

CVR_MESSAGE = "Enter a valid CVR number: 8 digits, as on virk.dk (e.g. 29189579)."
ALT_TEXT_MESSAGE = "Alt text is required when an image is chosen."

#: The Danish text editors must see for each message (English msgid → Danish).
EXPECTED_DANISH = {
    CVR_MESSAGE: "Indtast et gyldigt CVR-nummer: 8 cifre, som på virk.dk (f.eks. 29189579).",
    ALT_TEXT_MESSAGE: "Alternativ tekst er påkrævet, når der er valgt et billede.",
}

MALFORMED_CVRS = {
    "fails_modulus_11": "12345678",
    "too_short": "2918957",
    "letters": "29l89579",
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def home():
    return HomePageFactory()


@pytest.fixture
def directory(home):
    return AssociationIndexPageFactory(parent=home)


@pytest.mark.parametrize("cvr", MALFORMED_CVRS.values(), ids=MALFORMED_CVRS.keys())
def test_create_association_with_malformed_cvr_is_refused(editor, directory, cvr):
    response = post_invalid(editor, add_url(AssociationPage, directory), association_data(cvr=cvr))
    assert response.context["form"].errors["cvr"] == [in_admin_language(CVR_MESSAGE)]
    assert in_admin_language(CVR_MESSAGE) in page_text(response)
    assert not AssociationPage.objects.exists()


@pytest.mark.parametrize("cvr", MALFORMED_CVRS.values(), ids=MALFORMED_CVRS.keys())
def test_edit_association_with_malformed_cvr_is_refused(editor, directory, cvr):
    association = AssociationPageFactory(parent=directory, cvr="29189579")
    revisions = association.revisions.count()

    response = post_invalid(editor, edit_url(association), association_data(cvr=cvr))

    assert list(response.context["form"].errors) == ["cvr"]
    association.refresh_from_db()
    assert association.cvr == "29189579"
    assert association.revisions.count() == revisions


def test_cvr_longer_than_eight_characters_is_refused(editor, directory):
    response = post_invalid(
        editor, add_url(AssociationPage, directory), association_data(cvr="291895790")
    )
    assert "cvr" in response.context["form"].errors
    assert not AssociationPage.objects.exists()


def test_association_without_cvr_is_saved(editor, directory):
    response = editor.post(
        add_url(AssociationPage, directory),
        {**association_data(cvr=""), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    assert AssociationPage.objects.get().cvr == ""


def test_create_page_with_image_but_no_alt_text_is_refused(editor, home):
    image = ImageFactory()
    pages_before = Page.objects.count()
    response = post_invalid(
        editor,
        add_url(StandardPage, home),
        standard_page_data(image=str(image.pk), image_alt=""),
    )
    assert response.context["form"].errors["image_alt"] == [in_admin_language(ALT_TEXT_MESSAGE)]
    assert in_admin_language(ALT_TEXT_MESSAGE) in page_text(response)
    assert Page.objects.count() == pages_before


def test_saving_a_draft_with_image_but_no_alt_text_is_refused(editor, directory):
    association = AssociationPageFactory(parent=directory)
    revisions = association.revisions.count()
    image = ImageFactory()

    response = post_invalid(
        editor,
        edit_url(association),
        association_data(image=str(image.pk), image_alt=" "),
        publish=False,
    )

    assert list(response.context["form"].errors) == ["image_alt"]
    association.refresh_from_db()
    assert association.image is None
    assert association.revisions.count() == revisions


def test_image_with_alt_text_is_saved(editor, home):
    image = ImageFactory()
    data = standard_page_data(image=str(image.pk), image_alt="Rådhuset set fra stationen")
    response = editor.post(add_url(StandardPage, home), {**data, "action-publish": "1"})
    assert response.status_code == 302
    assert StandardPage.objects.get().image_alt == "Rådhuset set fra stationen"


def test_summary_longer_than_300_characters_is_refused(editor, home):
    response = post_invalid(
        editor, add_url(StandardPage, home), standard_page_data(summary="å" * 301)
    )
    assert list(response.context["form"].errors) == ["summary"]
    assert not StandardPage.objects.exists()


def test_cvr_error_is_shown_in_danish(editor, directory):
    response = post_invalid(
        editor, add_url(AssociationPage, directory), association_data(cvr="12345678")
    )
    assert EXPECTED_DANISH[CVR_MESSAGE] in page_text(response)


def test_alt_text_error_is_shown_in_danish(editor, home):
    data = standard_page_data(image=str(ImageFactory().pk), image_alt="")
    response = post_invalid(editor, add_url(StandardPage, home), data)
    assert EXPECTED_DANISH[ALT_TEXT_MESSAGE] in page_text(response)
