"""Every page type renders for a citizen, showing the content an editor entered."""

import pytest
from django.utils import formats, translation


def dates_as_shown(day) -> list[str]:
    """The ways a template may print a date in Danish (numeric or with the month name)."""
    with translation.override("da"):
        return [
            day.strftime("%d.%m.%Y"),
            formats.date_format(day, "j. F Y"),
            formats.date_format(day, "j. N Y"),
            formats.date_format(day, "j. b Y"),
            formats.date_format(day, "DATE_FORMAT"),
        ]


def assert_date_shown(html: str, day) -> None:
    variants = dates_as_shown(day)
    assert any(v in html for v in variants), f"none of {variants} in the page"


def get_ok(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, f"{page.url} gave {response.status_code}"
    return response.content.decode()


@pytest.mark.django_db
def test_home_page_lists_current_content(client, site_tree):
    html = get_ok(client, site_tree.home)
    assert "Velkommen til Vallensbæk" in html
    assert site_tree.article.title in html
    assert site_tree.activity.title in html
    assert site_tree.renovation.title in html
    assert site_tree.draft_article.title not in html


@pytest.mark.django_db
def test_standard_page_shows_summary_and_body(client, site_tree):
    html = get_ok(client, site_tree.standard)
    assert "Tilgængelighedserklæring" in html
    assert "Rådhuset ligger ved stationen." in html


@pytest.mark.django_db
def test_news_index_lists_published_articles_only(client, site_tree):
    html = get_ok(client, site_tree.news_index)
    assert "Ny legeplads ved Strandparken" in html
    assert site_tree.draft_article.title not in html


@pytest.mark.django_db
def test_news_article_shows_summary_and_body(client, site_tree):
    html = get_ok(client, site_tree.article)
    assert "Ny legeplads ved Strandparken" in html
    assert "Legepladsen åbner den 1. juni med gynger og klatrestativ." in html
    assert "Legepladsen får gynger og sandkasse." in html


@pytest.mark.django_db
def test_draft_article_is_not_served(client, site_tree):
    response = client.get(site_tree.draft_article.get_url())
    assert response.status_code == 404


@pytest.mark.django_db
def test_activity_index_lists_the_activity(client, site_tree):
    html = get_ok(client, site_tree.activity_index)
    assert "Petanque for begyndere" in html


@pytest.mark.django_db
def test_activity_page_shows_time_place_and_organiser(client, site_tree):
    html = get_ok(client, site_tree.activity)
    assert "Petanque for begyndere" in html
    assert "Prøv petanque sammen med klubbens erfarne spillere." in html
    assert "Vallensbæk Petanqueklub" in html
    assert "Pilehavehallen" in html
    assert "19:00" in html or "19.00" in html
    assert_date_shown(html, site_tree.activity.local_start.date())


@pytest.mark.django_db
def test_renovation_index_lists_the_project(client, site_tree):
    html = get_ok(client, site_tree.renovation_index)
    assert "Nyt tag på Pilehaveskolen" in html


@pytest.mark.django_db
def test_renovation_page_shows_planned_and_expected_end(client, site_tree):
    project = site_tree.renovation
    html = get_ok(client, project)
    assert "Nyt tag på Pilehaveskolen" in html
    assert_date_shown(html, project.planned_end)
    assert_date_shown(html, project.expected_end)
    assert "Tagpladerne er forsinket" in html
    assert "Parkeringspladsen ved indgang A" in html


@pytest.mark.django_db
def test_association_index_lists_the_association(client, site_tree):
    html = get_ok(client, site_tree.association_index)
    assert "Vallensbæk Petanqueklub" in html


@pytest.mark.django_db
def test_association_page_shows_profile_and_contact(client, site_tree):
    html = get_ok(client, site_tree.association)
    assert "Vallensbæk Petanqueklub" in html
    assert "Vi spiller petanque hver tirsdag ved Strandparken." in html
    assert "formand@petanque-vallensbaek.dk" in html


@pytest.mark.django_db
def test_guide_index_lists_the_guide(client, site_tree):
    html = get_ok(client, site_tree.guide_index)
    assert "Sådan starter I en forening" in html


@pytest.mark.django_db
def test_guide_page_shows_steps_and_checklist(client, site_tree):
    html = get_ok(client, site_tree.guide)
    assert "Sådan starter I en forening" in html
    assert "Skriv vedtægter" in html
    assert "Hold stiftende generalforsamling" in html
    assert "Kontingent" in html


@pytest.mark.django_db
def test_facility_index_lists_the_facility(client, site_tree):
    html = get_ok(client, site_tree.facility_index)
    assert "Pilehavehallen" in html


@pytest.mark.django_db
def test_facility_page_shows_address_and_rooms(client, site_tree):
    html = get_ok(client, site_tree.facility)
    assert "Pilehavehallen" in html
    assert "Pilehavevej 11" in html
    assert "Multisalen" in html


@pytest.mark.django_db
def test_expired_page_is_not_served(client, site_tree):
    from django.utils import timezone

    site_tree.article.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    site_tree.article.save()
    assert client.get(site_tree.article.url).status_code == 404
