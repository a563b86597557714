"""#15.11: autosave never creates a page before the editor's first save; slug clash in Danish."""

import pytest

from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsArticlePage
from tests.pages import admin_forms as forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    client.force_login(user)
    return NewsIndexPageFactory(parent=HomePageFactory())


def test_autosave_on_the_create_form_creates_nothing(client, news_index):
    url = forms.add_url(NewsArticlePage, news_index)
    # What the admin's autosave sends: the form as a draft save, asking for JSON.
    response = client.post(
        url, {**forms.news_article_data(), "action-save": "1"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["success"] is False
    assert body["error_code"] == "autosave_before_first_save"
    assert "første gang" in body["error_message"]
    assert not NewsArticlePage.objects.exists()

    # The editor's own save still creates the page.
    response = client.post(url, forms.news_article_data())
    assert response.status_code == 302
    assert NewsArticlePage.objects.filter(slug="ny-legeplads").exists()


def test_autosave_still_saves_an_existing_page(client, news_index):
    article = NewsArticlePageFactory(parent=news_index, slug="ny-legeplads")
    response = client.post(
        forms.edit_url(article),
        forms.news_article_data(title="Ny legeplads åbner"),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200, response.content[:500]
    # Only the create view refuses; editing keeps Wagtail's autosave.
    assert response.json()["success"] is True


def test_slug_in_use_is_a_danish_error(client, news_index):
    NewsArticlePageFactory(parent=news_index, slug="ny-legeplads")
    response = forms.post_invalid(
        client, forms.add_url(NewsArticlePage, news_index), forms.news_article_data()
    )
    errors = " ".join(response.context["form"].errors["slug"])
    assert "er allerede i brug" in errors
    assert "already in use" not in errors


def test_renovation_inline_buttons_name_one_item_in_lower_case(client, news_index):
    """#15.14: "Tilføj fase" and "Tilføj gene", not "Tilføj Faser"/"Tilføj Gener"."""
    from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory

    index = RenovationIndexPageFactory(parent=news_index.get_parent())
    project = RenovationProjectPageFactory(parent=index)
    html = forms.page_text(client.get(forms.edit_url(project)))
    assert "Tilføj fase" in html
    assert "Tilføj gene" in html
    assert "Tilføj Faser" not in html
    assert "Tilføj Gener" not in html
