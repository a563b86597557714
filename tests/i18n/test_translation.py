"""wagtail-localize: every page type and snippet can be translated into English and is served."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page, get_translatable_models
from wagtail.snippets.models import get_snippet_models

from core.factories import AudienceFactory, ContactFactory, TopicFactory
from core.models import BasePage
from home.factories import StandardPageFactory
from screens.factories import AlertFactory, ManualSlideFactory
from tests.i18n.helpers import english, translate


def _form_page(model_label):
    def make(s):
        from django.apps import apps

        model = apps.get_model(model_label)
        slug = model.__name__.lower()
        return s.home.add_child(instance=model(title=f"Formular {slug}", slug=slug))

    return make


def _business_index(s):
    from business.factories import BusinessIndexPageFactory

    return BusinessIndexPageFactory(parent=s.home, slug="erhvervspartnere")


def _business(s):
    from business.factories import BusinessPageFactory

    return BusinessPageFactory(parent=_business_index(s), title="Bageriet ved Søen")


def _fair(s):
    from tests.fairs.helpers import make_fair

    return make_fair(s.home)


def _hearing_index(s):
    from hearings.factories import HearingIndexPageFactory

    return HearingIndexPageFactory(parent=s.home, slug="hoeringer")


def _hearing(s):
    from hearings.factories import HearingPageFactory

    return HearingPageFactory(parent=_hearing_index(s), title="Lokalplan for Stationstorvet")


#: Page model → the site fixture's page of that type, or how to add one under the home page.
PAGE_MAKERS = {
    "home.HomePage": lambda s: s.home,
    "home.StandardPage": lambda s: StandardPageFactory(parent=s.home, title="Om kommunen"),
    "news.NewsIndexPage": lambda s: s.news_index,
    "news.NewsArticlePage": lambda s: s.news,
    "activities.ActivityIndexPage": lambda s: s.activity_index,
    "activities.ActivityPage": lambda s: s.activity,
    "renovations.RenovationIndexPage": lambda s: s.renovation_index,
    "renovations.RenovationProjectPage": lambda s: s.renovation,
    "associations.AssociationIndexPage": lambda s: s.association_index,
    "associations.AssociationPage": lambda s: s.association,
    "guides.GuideIndexPage": lambda s: s.guide_index,
    "guides.GuidePage": lambda s: s.guide,
    "facilities.FacilityIndexPage": lambda s: s.facility_index,
    "facilities.FacilityPage": lambda s: s.facility,
    "recognition.NominationPage": _form_page("recognition.NominationPage"),
    "submissions.ActivitySuggestionPage": _form_page("submissions.ActivitySuggestionPage"),
    "submissions.GuideSuggestionPage": _form_page("submissions.GuideSuggestionPage"),
    "business.BusinessIndexPage": _business_index,
    "business.BusinessPage": _business,
    "fairs.FairPage": _fair,
    "hearings.HearingIndexPage": _hearing_index,
    "hearings.HearingPage": _hearing,
}

SNIPPET_MAKERS = {
    "core.Topic": (lambda: TopicFactory(name="Kultur", slug="kultur"), "name"),
    "core.Audience": (lambda: AudienceFactory(name="Seniorer", slug="seniorer"), "name"),
    "core.Contact": (lambda: ContactFactory(role="Kultur og Fritid"), "role"),
    "screens.ManualSlide": (lambda: ManualSlideFactory(title="Borgerservice"), "title"),
    "screens.Alert": (lambda: AlertFactory(message="Vandet er afbrudt."), "message"),
}


def test_both_content_languages_have_a_locale(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"da", "en"}
    assert Locale.get_default().language_code == "da"


def test_every_project_page_type_is_covered_here():
    page_types = {
        m._meta.label
        for m in get_translatable_models(include_subclasses=True)
        if issubclass(m, BasePage) and not m._meta.abstract
    }
    assert page_types == set(PAGE_MAKERS)


def test_every_translatable_snippet_is_covered_here():
    snippets = {
        m._meta.label
        for m in get_snippet_models()
        if m in get_translatable_models(include_subclasses=True)
    }
    assert snippets == set(SNIPPET_MAKERS)


@pytest.mark.parametrize("model_label", PAGE_MAKERS)
def test_each_page_type_is_translated_and_served_under_en(client, site, model_label):
    page = PAGE_MAKERS[model_label](site)
    english_title = f"English {page.title}"

    translated = translate(page, {page.title: english_title})

    assert translated.locale.language_code == "en"
    assert translated.live
    url = translated.get_url()
    assert url.startswith("/en/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert english_title in html
    assert '<html lang="en">' in html
    # The Danish original is untouched and still served at its Danish address.
    assert client.get(page.get_url()).status_code == 200
    assert Page.objects.get(pk=page.pk).title == page.title


@pytest.mark.parametrize("model_label", SNIPPET_MAKERS)
def test_each_snippet_is_translated(db, model_label):
    make, field = SNIPPET_MAKERS[model_label]
    snippet = make()
    source_text = getattr(snippet, field)

    translated = translate(snippet, {source_text: f"EN: {source_text}"})

    assert translated.locale == english()
    assert getattr(translated, field) == f"EN: {source_text}"
    assert translated.translation_key == snippet.translation_key


def test_a_translation_starts_as_a_draft_until_translated_and_published(site):
    # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False: moderation decides, not "Translate".
    from wagtail_localize.operations import translate_object

    translate_object(site.home, [english()])

    copy = site.home.get_translation(english())
    assert not copy.live


def test_po_export_lists_the_danish_source_strings_and_import_fills_them_in(site):
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.operations import translate_object

    translate_object(site.association, [english()])
    source, _created = TranslationSource.get_or_create_from_instance(site.association.specific)
    translation = Translation.objects.get(source=source, target_locale=english())

    po = translation.export_po()
    msgids = {entry.msgid for entry in po}
    assert {"Vallensbæk Petanqueklub", "Vi spiller petanque hver tirsdag."} <= msgids
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)

    for entry in po:
        if entry.msgid == "Vi spiller petanque hver tirsdag.":
            entry.msgstr = "We play petanque every Tuesday."
    warnings = translation.import_po(po)
    translation.save_target(publish=False)

    assert warnings == []
    draft = site.association.get_translation(english()).specific
    assert draft.get_latest_revision_as_object().summary == "We play petanque every Tuesday."


def test_sync_locales_creates_a_third_language_from_settings(db):
    languages = [("da", "Dansk"), ("en", "English"), ("uk", "Українська")]
    with override_settings(WAGTAIL_CONTENT_LANGUAGES=languages, LANGUAGES=languages):
        out = StringIO()
        call_command("sync_locales", stdout=out)
        call_command("sync_locales", stdout=out)

        assert Locale.objects.filter(language_code="uk").count() == 1
        assert "uk (Українська): exists" in out.getvalue()
