"""#15.9: a go-live time typed in any accepted format is saved as typed, never replaced by now.

The admin accepts Wagtail's format (02.12.2026 09:00) and ISO 8601 (2026-12-02 09:00,
2026-12-02T09:00); anything else is a Danish form error. A go-live time in the past warns,
and the news date follows go-live unless the editor set it by hand.
"""

import datetime as dt
import json
import re

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from home.factories import HomePageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsArticlePage
from tests.pages import admin_forms as forms

pytestmark = pytest.mark.django_db

TZ = timezone.get_default_timezone()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    client.force_login(user)
    return user


@pytest.fixture
def news_index(db):
    return NewsIndexPageFactory(parent=HomePageFactory())


def _in_ten_days_at_nine() -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=10)
    return dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=TZ)


def _publish(client, url, follow=False, **fields):
    data = {**forms.news_article_data(**fields), "action-publish": "action-publish"}
    return client.post(url, data, follow=follow)


@pytest.mark.parametrize(
    "typed",
    ["%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"],
    ids=["wagtail-format", "iso-space", "iso-t"],
)
def test_go_live_in_every_accepted_format_schedules_instead_of_publishing(
    client, editor, news_index, typed
):
    go_live = _in_ten_days_at_nine()
    response = _publish(
        client, forms.add_url(NewsArticlePage, news_index), go_live_at=go_live.strftime(typed)
    )
    assert response.status_code == 302, forms.page_text(response)[:2000]
    page = NewsArticlePage.objects.get(slug="ny-legeplads")
    assert not page.live, "a future go-live time published the article at once"
    assert page.go_live_at == go_live
    assert page.scheduled_revision is not None
    assert page.scheduled_revision.approved_go_live_at == go_live


@pytest.mark.parametrize(
    "typed",
    [
        "02-12-2026 09:00",
        "i morgen kl. 9",
        "12/02/2026 09:00",
        "2026-12-02\x00 09:00",
        "99999999999-12-02 09:00",
        "2026-13-45 09:00",
    ],
)
def test_unparseable_go_live_is_a_danish_form_error_and_nothing_is_created(
    client, editor, news_index, typed
):
    response = forms.post_invalid(
        client,
        forms.add_url(NewsArticlePage, news_index),
        forms.news_article_data(go_live_at=typed),
    )
    assert response.context["form"].errors["go_live_at"] == ["Indtast gyldig dato/tid."]
    assert not NewsArticlePage.objects.exists()


def test_go_live_in_the_past_warns(client, editor, news_index):
    past = timezone.localtime() - dt.timedelta(hours=3)
    response = _publish(
        client,
        forms.add_url(NewsArticlePage, news_index),
        go_live_at=past.strftime("%Y-%m-%d %H:%M"),
    )
    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert "har allerede passeret" in warnings[0]


def test_unchanged_old_go_live_does_not_warn_on_every_edit(client, editor, news_index):
    past = timezone.localtime() - dt.timedelta(days=3)
    url = forms.add_url(NewsArticlePage, news_index)
    # Following the redirect shows (and uses up) the first save's warning.
    first = _publish(client, url, follow=True, go_live_at=past.strftime("%d.%m.%Y %H:%M"))
    assert "har allerede passeret" in forms.page_text(first)
    page = NewsArticlePage.objects.get()
    response = _publish(client, forms.edit_url(page), go_live_at=past.strftime("%d.%m.%Y %H:%M"))
    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_news_date_follows_go_live_unless_set_by_hand(client, editor, news_index):
    go_live = _in_ten_days_at_nine()
    url = forms.add_url(NewsArticlePage, news_index)
    # The add form offers today's date; the editor leaves it alone.
    data = forms.news_article_data(
        go_live_at=go_live.strftime("%d.%m.%Y %H:%M"),
        date=forms.admin_date(timezone.localdate()),
    )
    # The browser sends the offered default back as Django's hidden initial value.
    data["initial-date"] = data["date"]
    client.post(url, {**data, "action-publish": "action-publish"})
    assert NewsArticlePage.objects.get().date == go_live.date()

    # On a published article with its own date, a new go-live keeps the date typed by hand.
    article = NewsArticlePageFactory(parent=news_index, slug="haandsat", date=dt.date(2026, 3, 3))
    data = forms.news_article_data(
        slug="haandsat",
        date=forms.admin_date(dt.date(2026, 3, 3)),
        go_live_at=go_live.strftime("%d.%m.%Y %H:%M"),
    )
    client.post(forms.edit_url(article), data)
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().date == dt.date(2026, 3, 3)


def test_edit_form_keeps_typed_text_and_shows_the_format_hint(client, editor, news_index):
    article = NewsArticlePageFactory(parent=news_index)
    html = forms.page_text(client.get(forms.edit_url(article)))
    configs = re.findall(r'initDateTimeChooser\("id_go_live_at", (\{.*?\})\)', html)
    assert configs, "the scheduling dialog has no go-live picker"
    assert all(json.loads(c)["validateOnBlur"] is False for c in configs)
    assert "Skriv dato og tid som 02.12.2026 09:00 eller 2026-12-02 09:00." in html
    assert 'aria-describedby="id_go_live_at-format"' in html
