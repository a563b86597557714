"""The guide suggestion form creates a draft guide in the moderation queue."""

import pytest

from guides.models import GuidePage
from submissions.models import GuideSuggestionPage, Submission


@pytest.fixture
def form_page(world):
    page = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    world.home.add_child(instance=page)
    return page


def test_guide_suggestion_becomes_a_draft_guide_in_moderation(client, world, form_page):
    response = client.post(
        form_page.url,
        {
            "title": "Sådan får I flere frivillige",
            "summary": "Vores erfaringer med at finde frivillige.",
            "text": "Spørg personligt. <script>alert(1)</script>",
            "name": "Ole",
            "email": "",
            "phone": "",
            "homepage": "",
        },
    )
    assert response.status_code == 302
    guide = GuidePage.objects.get(title="Sådan får I flere frivillige")
    assert not guide.live
    assert guide.get_parent().pk == world.guide_index.pk
    assert guide.workflow_in_progress
    body = str(guide.steps[0].value["body"])
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert Submission.objects.get().kind == Submission.Kind.GUIDE


def test_missing_required_text_shows_errors(client, form_page):
    response = client.post(form_page.url, {"title": "Uden tekst", "name": "Ole", "homepage": ""})
    assert response.status_code == 200
    assert {"summary", "text"} <= set(response.context["form"].errors)
    assert 'value="Uden tekst"' in response.content.decode()


def test_staff_see_who_sent_a_suggestion(client, world, form_page):
    from django.urls import reverse

    client.post(
        form_page.url,
        {
            "title": "Godt råd",
            "summary": "Kort",
            "text": "Tekst",
            "name": "Ole Olsen",
            "homepage": "",
        },
    )
    client.force_login(world.moderator)
    response = client.get(reverse("public_submissions:index"))
    assert response.status_code == 200
    assert "Ole Olsen" in response.content.decode()
    client.force_login(world.member_a)
    assert client.get(reverse("public_submissions:index")).status_code in (302, 403)
