"""Issue #12.5: in the admin, a member sees what they may edit and what is public, nothing else.

Member A browses the page chooser, the chooser's search, the admin page search, the explorer
and the sidebar's page explorer. Association B's drafts, other people's guide drafts and
citizens' draft suggestions never show; B's live public pages and A's own drafts do. Staff
still see everything.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from activities.factories import ActivityPageFactory
from associations.moderation import submit_for_moderation
from guides.factories import GuidePageFactory
from news.factories import NewsArticlePageFactory

HIDDEN = {
    "b_draft": "Roklubbens generalforsamling til sommer",
    "b_guide_draft": "Kajakkurser til sommer (udkast)",
    "citizen_suggestion": "Loppemarked på torvet til sommer",
}
SHOWN = {
    "b_live": "Roklubben fylder 50",
    "a_draft": "Petanque om aftenen til sommer",
    "a_guide_draft": "Nye petanquebaner til sommer",
}
#: One word in every title above, so one search finds them all.
WORD = "sommer"


@pytest.fixture
def pages(world):
    """B's draft, drafts of guides by B and by A, a citizen's suggestion and A's own draft."""
    b_draft = NewsArticlePageFactory(
        parent=world.association_b, title=HIDDEN["b_draft"], live=False
    )
    submit_for_moderation(b_draft.save_revision(user=world.member_b).as_object(), world.member_b)
    GuidePageFactory(
        parent=world.guide_index, title=HIDDEN["b_guide_draft"], live=False, owner=world.member_b
    )
    suggestion = ActivityPageFactory(
        parent=world.activity_index, title=HIDDEN["citizen_suggestion"], live=False, owner=None
    )
    submit_for_moderation(suggestion.save_revision().as_object())
    ActivityPageFactory(parent=world.association_a, title=SHOWN["a_draft"], live=False)
    GuidePageFactory(
        parent=world.guide_index, title=SHOWN["a_guide_draft"], live=False, owner=world.member_a
    )
    return world


def text(response) -> str:
    """The response as a person reads it (chooser responses are HTML inside JSON)."""
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def urls(world) -> dict:
    def chooser(page):
        return reverse("wagtailadmin_choose_page_child", args=[page.pk])

    def explorer(page):
        return reverse("wagtailadmin_explore", args=[page.pk])

    search = {"q": WORD}
    return {
        "chooser (B)": (chooser(world.association_b), {}),
        "chooser (guides)": (chooser(world.guide_index), {}),
        "chooser (activities)": (chooser(world.activity_index), {}),
        "chooser (A)": (chooser(world.association_a), {}),
        "chooser search": (reverse("wagtailadmin_choose_page_search"), search),
        "admin search": (reverse("wagtailadmin_pages:search"), search),
        "admin search results": (reverse("wagtailadmin_pages:search_results"), search),
        "explorer (guides)": (explorer(world.guide_index), {}),
        "explorer (activities)": (explorer(world.activity_index), {}),
        "explorer search (whole tree)": (explorer(world.home), {"q": WORD, "search_all": "1"}),
        "sidebar explorer (guides)": (
            "/admin/api/main/pages/",
            {"child_of": world.guide_index.pk, "for_explorer": "1", "fields": "title"},
        ),
    }


def seen(client, world) -> str:
    return "\n".join(
        f"{name}: {text(client.get(url, params))}" for name, (url, params) in urls(world).items()
    )


def test_member_never_sees_drafts_of_others(client, pages):
    client.force_login(pages.member_a)
    failures = []
    for name, (url, params) in urls(pages).items():
        content = text(client.get(url, params))
        failures += [f"{name}: {title}" for title in HIDDEN.values() if title in content]
    assert failures == [], "\n".join(failures)


def test_member_still_sees_public_pages_and_own_drafts(client, pages):
    client.force_login(pages.member_a)
    everything = seen(client, pages)
    for title in SHOWN.values():
        assert title in everything, title
    # B's live page is choosable in B's folder of the chooser, and found by search.
    chooser_b = text(client.get(*urls(pages)["chooser (B)"]))
    assert SHOWN["b_live"] in chooser_b
    assert SHOWN["a_draft"] in text(client.get(*urls(pages)["chooser search"]))


def test_a_hidden_page_cannot_be_opened_as_a_folder(client, pages):
    """The explorer and the chooser head their listing with the folder's title."""
    client.force_login(pages.member_a)
    hidden = Page.objects.get(title=HIDDEN["b_draft"])
    for name in ("wagtailadmin_explore", "wagtailadmin_choose_page_child"):
        response = client.get(reverse(name, args=[hidden.pk]))
        assert response.status_code == 404, name
        assert HIDDEN["b_draft"] not in response.content.decode()
    own = Page.objects.get(title=SHOWN["a_draft"])
    assert client.get(reverse("wagtailadmin_explore", args=[own.pk])).status_code == 200
    client.force_login(pages.moderator)
    assert client.get(reverse("wagtailadmin_explore", args=[hidden.pk])).status_code == 200


def test_staff_see_everything(client, pages):
    client.force_login(pages.moderator)
    everything = seen(client, pages)
    for title in [*HIDDEN.values(), *SHOWN.values()]:
        assert title in everything, title
