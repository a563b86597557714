"""#15.12: every new slug writes æ, ø and å as ae, oe and aa, like the seeded addresses."""

import pytest

from core.slugs import danish_slug
from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsArticlePage
from tests.pages import admin_forms as forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    client.force_login(user)
    return user


@pytest.fixture
def news_index(db):
    return NewsIndexPageFactory(parent=HomePageFactory())


def _create(client, news_index, **fields):
    data = {**forms.news_article_data(**fields), "action-publish": "action-publish"}
    return client.post(forms.add_url(NewsArticlePage, news_index), data)


def test_a_slug_typed_with_danish_letters_is_stored_transliterated(client, editor, news_index):
    response = _create(client, news_index, title="Pileparken åbner", slug="pileparken-åbner")

    assert response.status_code == 302, forms.page_text(response)[:2000]
    page = NewsArticlePage.objects.get(title="Pileparken åbner")
    assert page.slug == "pileparken-aabner"
    assert page.url_path.endswith("/pileparken-aabner/")


def test_a_page_made_without_a_slug_gets_one_from_its_title_the_same_way(news_index):
    # Imports and scripts create pages without a slug; Wagtail then makes one from the title.
    page = NewsArticlePageFactory(parent=news_index, title="Sølvbryllup på Æblegården", slug="")

    page.refresh_from_db()
    assert page.slug == "soelvbryllup-paa-aeblegaarden"


def test_a_transliterated_slug_that_is_taken_is_a_form_error(client, editor, news_index):
    NewsArticlePageFactory(parent=news_index, title="Pileparken", slug="pileparken-aabner")

    response = _create(client, news_index, title="Pileparken åbner", slug="pileparken-åbner")

    assert response.status_code == 200
    assert "pileparken-aabner" in forms.page_text(response)
    assert NewsArticlePage.objects.filter(slug="pileparken-aabner").count() == 1


def test_an_existing_ascii_slug_is_never_changed(news_index):
    page = NewsArticlePageFactory(parent=news_index, title="Fødselsdag", slug="foedselsdag-2026")
    page.title = "Fødselsdag i Pileparken"
    page.save()
    page.refresh_from_db()
    assert page.slug == "foedselsdag-2026"


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Ærø og Åbenrå", "aeroe-og-aabenraa"), ("Café Øst", "cafe-oest"), ("Müller", "mueller")],
)
def test_danish_slug(text, slug):
    assert danish_slug(text) == slug
