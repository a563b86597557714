"""wagtail-localize never bypasses moderation (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from activities.models import ActivityPage


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """translate_object with its on-commit publishing actually run, as in production."""

    def run(page, locale):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [locale])

    return run


@pytest.fixture
def english(world, translate):
    locale, _created = Locale.objects.get_or_create(language_code="en")
    # Parents first: a translation needs its parent in the target locale.
    for page in (world.home, world.association_index, world.association_a):
        translate(page, locale)
    return locale


def english_version(page, locale):
    return page.get_translation(locale).specific


def test_translating_a_live_page_creates_an_unpublished_draft(world, english, translate):
    translate(world.activity_a, english)
    translated = english_version(world.activity_a, english)
    # The source stays published (read again: the fixture's copy would always say live).
    assert world.activity_a in ActivityPage.objects.listable()
    assert not translated.live
    assert translated not in ActivityPage.objects.listable()


def test_translation_would_publish_without_the_setting(world, english, translate, settings):
    """Control: the project's setting is what keeps translations unpublished."""
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
    translate(world.activity_a, english)
    assert english_version(world.activity_a, english).live


def test_syncing_never_carries_an_unapproved_draft_into_a_translation(
    world, english, translate, django_capture_on_commit_callbacks
):
    translate(world.activity_a, english)
    # A member submits a change that nobody has approved yet.
    draft = world.activity_a.get_latest_revision_as_object()
    draft.title = "Ugodkendt titel"
    draft.save_revision(user=world.member_a)
    from associations.moderation import submit_for_moderation

    submit_for_moderation(world.activity_a, world.member_a)

    source = TranslationSource.objects.get_for_instance(world.activity_a)
    with django_capture_on_commit_callbacks(execute=True):
        source.update_from_db()
        for translation in source.translations.all():
            translation.save_target(publish=True)

    translated = english_version(world.activity_a, english)
    assert "Ugodkendt" not in translated.title
    assert ActivityPage.objects.get(pk=world.activity_a.pk).title == "Petanque for begyndere"


def test_a_page_that_was_never_approved_stays_unpublished_in_every_language(
    world, english, translate
):
    draft = ActivityPage(
        title="Hemmelig kladde",
        slug="kladde",
        summary="Ikke godkendt.",
        start=world.activity_a.start,
        end=world.activity_a.end,
        address="Strandparken",
        live=False,
    )
    world.association_a.add_child(instance=draft)
    draft.save_revision(user=world.member_a)
    translate(draft, english)
    assert not english_version(draft, english).live


def test_members_cannot_use_the_translation_tools(client, world):
    Locale.objects.get_or_create(language_code="en")
    client.force_login(world.member_a)
    for page in (world.activity_a, world.activity_b):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        response = client.get(url)
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert not response["Location"].startswith(url)
