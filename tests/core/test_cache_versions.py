"""Which change bumps which content version (``core.cache_versions``), on the real models.

The table below is the one in docs/architecture.md. Each change is made the way the admin or
a management command makes it; afterwards exactly the listed counters have moved.
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from core import cache_versions
from core.cache_versions import PAGES, SCREENS
from core.factories import AudienceFactory, ContactFactory, ImageFactory, TopicFactory
from core.models import MunicipalitySettings, OpeningHours, SocialLink
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from recognition.models import Nomination
from screens.factories import AlertFactory, ManualSlideFactory, ScreenFactory

pytestmark = pytest.mark.django_db

BOTH = {PAGES, SCREENS}


@pytest.fixture
def world():
    home = home_for_default_site(title="Vallensbæk Kommune")
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    w = type("World", (), {})()
    w.home, w.index = home, index
    w.archive = NewsIndexPageFactory(parent=home, slug="arkiv", title="Arkiv")
    w.article = NewsArticlePageFactory(parent=index, title="Ny legeplads", slug="legeplads")
    w.article.save_revision().publish()
    w.private = NewsArticlePageFactory(parent=index, title="Intern nyhed", slug="intern")
    w.restriction = PageViewRestriction.objects.create(
        page=w.private, restriction_type=PageViewRestriction.LOGIN
    )
    w.topic = TopicFactory()
    w.audience = AudienceFactory()
    w.contact = ContactFactory()
    w.image = ImageFactory()
    w.document = get_document_model().objects.create(
        title="Referat", file=ContentFile(b"%PDF-1.4 referat", name="cache-versions-referat.pdf")
    )
    w.alert = AlertFactory()
    w.screen = ScreenFactory()
    w.slide = ManualSlideFactory()
    w.settings = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    w.nomination = Nomination.objects.create(
        nominee_name="Birthe Nielsen",
        reason="Tænder lyset hver lørdag.",
        nominator_name="Jens",
        nominator_email="jens@example.com",
        year=2026,
    )
    stored = [w.image.file.name, w.document.file.name]
    yield w
    # Leave no files behind for later tests (documents keep their names when free).
    storage = w.document.file.storage
    for name in stored:
        storage.delete(name)


def publish_new_article(w):
    NewsArticlePageFactory(parent=w.index, slug="ny", live=False).save_revision().publish()


def save_draft(w):
    w.article.title = "Ny legeplads (kladde)"
    w.article.save_revision()


def rename(obj, field="name"):
    setattr(obj, field, f"{getattr(obj, field)} (rettet)")
    obj.save()


def make_winner(w):
    w.nomination.status = Nomination.Status.WINNER
    w.nomination.celebration_page = w.article
    w.nomination.save()


#: change → (what it does, the counters it must bump)
CHANGES = {
    "page published": (publish_new_article, BOTH),
    "page draft saved": (save_draft, set()),
    "page unpublished": (lambda w: w.article.unpublish(), BOTH),
    "page moved": (lambda w: w.article.move(w.archive, pos="last-child"), BOTH),
    "page deleted": (lambda w: w.article.delete(), BOTH),
    "view restriction added": (
        lambda w: PageViewRestriction.objects.create(
            page=w.article, restriction_type=PageViewRestriction.LOGIN
        ),
        BOTH,
    ),
    "view restriction removed": (lambda w: w.restriction.delete(), BOTH),
    "site changed": (lambda w: rename(Site.objects.get(is_default_site=True), "site_name"), BOTH),
    "topic saved": (lambda w: rename(w.topic), BOTH),
    "topic deleted": (lambda w: w.topic.delete(), BOTH),
    "audience saved": (lambda w: rename(w.audience), {PAGES}),
    "audience deleted": (lambda w: w.audience.delete(), {PAGES}),
    "contact saved": (lambda w: rename(w.contact), {PAGES}),
    "contact deleted": (lambda w: w.contact.delete(), {PAGES}),
    "image saved": (lambda w: rename(w.image, "title"), BOTH),
    "image deleted": (lambda w: w.image.delete(), BOTH),
    "image rendition made": (lambda w: w.image.get_rendition("fill-100x100"), set()),
    "document saved": (lambda w: rename(w.document, "title"), {PAGES}),
    "document deleted": (lambda w: w.document.delete(), {PAGES}),
    "alert saved": (lambda w: rename(w.alert, "message"), BOTH),
    "alert deleted": (lambda w: w.alert.delete(), BOTH),
    "screen saved": (lambda w: rename(w.screen), {SCREENS}),
    "screen deleted": (lambda w: w.screen.delete(), {SCREENS}),
    "screen topics changed": (lambda w: w.screen.news_topics.set([w.topic]), {SCREENS}),
    "manual slide saved": (lambda w: rename(w.slide, "title"), {SCREENS}),
    "manual slide deleted": (lambda w: w.slide.delete(), {SCREENS}),
    "manual slide screens changed": (lambda w: w.slide.screens.set([w.screen]), {SCREENS}),
    "site settings saved": (lambda w: rename(w.settings), {PAGES}),
    "opening hours added": (
        lambda w: OpeningHours.objects.create(
            municipality=w.settings, first_day=0, last_day=4, opens="10:00", closes="14:00"
        ),
        {PAGES},
    ),
    "social link added": (
        lambda w: SocialLink.objects.create(
            municipality=w.settings, platform="facebook", url="https://facebook.com/vallensbaek"
        ),
        {PAGES},
    ),
    "nomination made a winner": (make_winner, {PAGES}),
}


@pytest.mark.parametrize(("change", "expected"), CHANGES.values(), ids=CHANGES.keys())
def test_change_bumps_exactly_its_counters(world, change, expected):
    before = {name: cache_versions.current(name) for name in cache_versions.COUNTERS}

    change(world)

    bumped = {name for name in before if cache_versions.current(name) != before[name]}
    assert bumped == expected


def test_every_snippet_and_setting_editors_change_is_declared():
    """A new snippet or setting must say which public output it changes."""
    models = [*get_snippet_models(), *settings_registry]
    assert models
    undeclared = [m._meta.label for m in models if not cache_versions.is_declared(m)]
    assert undeclared == []


def test_a_counter_lost_with_the_cache_never_comes_back_smaller(settings):
    from django.core.cache import cache

    cache_versions.bump(PAGES)
    first = cache_versions.current(PAGES)
    cache.clear()  # a cache restart

    assert cache_versions.current(PAGES) > first


def test_an_unknown_counter_is_refused_at_once():
    with pytest.raises(ValueError, match="pagse"):
        cache_versions.invalidates(Nomination, "pagse")
