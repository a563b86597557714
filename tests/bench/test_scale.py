"""``python -m bench.scale N`` adds N valid, routable synthetic pages in bulk, on the demo."""

from io import StringIO

import pytest
from django.utils import timezone
from wagtail.models import Page

from activities.models import ActivityPage
from bench.scale import main
from bench.synthetic import SYNTHETIC_TYPES, allocate
from news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


def scale(pages: int) -> list[str]:
    """Run the command line the bench and developers use; its progress lines."""
    lines = []
    main([str(pages), "--small-images"], write=lines.append, stdout=StringIO())
    return lines


def synthetic(model):
    # Bulk pages have no revision; every seeded real page has one.
    return model.objects.filter(latest_revision__isnull=True)


def test_allocation_spreads_exactly_n_pages_over_every_type():
    counts = {kind.key: count for kind, count in allocate(50)}
    assert sum(counts.values()) == 50
    assert set(counts) == {kind.key for kind in SYNTHETIC_TYPES}
    assert all(counts.values())


def test_scale_adds_n_pages_and_keeps_the_tree_valid(seeded):
    before = Page.objects.count()
    scale(50)
    assert Page.objects.count() == before + 50
    for kind, count in allocate(50):
        assert synthetic(kind.model).count() == count, kind.key
    assert Page.find_problems() == ([], [], [], [], [])
    # A second run adds another N, next to the first batch.
    scale(50)
    assert Page.objects.count() == before + 100
    assert Page.find_problems() == ([], [], [], [], [])


def test_synthetic_pages_are_live_and_render(seeded, client):
    scale(12)
    for kind in SYNTHETIC_TYPES:
        page = synthetic(kind.model).first()
        assert page.live and page.first_published_at is not None
        assert page.url_path == f"{page.get_parent().url_path}{page.slug}/"
        response = client.get(page.get_url(), HTTP_HOST="localhost")
        assert response.status_code == 200, (kind.key, response.status_code)
        if page.image_id:
            assert page.image_alt


def test_synthetic_activities_have_occurrences_and_some_recur(seeded):
    scale(120)
    activities = synthetic(ActivityPage)
    assert activities.exists()
    assert not activities.filter(occurrences__isnull=True).exists()
    recurring = activities.exclude(recurrence="")
    assert recurring.exists()
    for activity in recurring:
        dates = {timezone.localtime(o.start).date() for o in activity.occurrences.all()}
        assert len(dates) > 1
        assert not dates & {row.date for row in activity.excluded_dates.all()}


def test_editors_can_add_pages_next_to_bulk_pages(seeded):
    scale(10)
    last_bulk = synthetic(NewsArticlePage).order_by("-path").first()
    parent = last_bulk.get_parent()
    template = NewsArticlePage.objects.filter(latest_revision__isnull=False).first()
    article = NewsArticlePage(
        title="Skrevet efter skaleringen",
        slug="skrevet-efter-skaleringen",
        summary="En nyhed oprettet af en redaktør.",
        body=template.body.raw_data,
    )
    parent.add_child(instance=article)
    assert article.path > last_bulk.path
    assert Page.find_problems() == ([], [], [], [], [])
