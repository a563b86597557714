"""``seed_demo`` builds a complete, published Danish demo site, and only once."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail.search.models import IndexEntry

from activities.models import ActivityPage, Occurrence
from associations.models import AssociationPage
from core.models import Audience, Contact, Topic
from demo.datafiles import load
from facilities.models import FacilityPage
from guides.models import GuidePage
from home.models import HomePage, StandardPage
from news.models import NewsArticlePage
from renovations.models import RenovationProjectPage
from tests.demo_support import seed

pytestmark = pytest.mark.django_db


def data(kind: str) -> list[dict]:
    """The entries of ``demo/data/<kind>.toml`` as the seed reads them."""
    return load(kind).data[kind]


def content_pages():
    return Page.objects.filter(depth__gt=1).specific()


def test_meets_the_minimum_amounts_of_content(seeded):
    assert NewsArticlePage.objects.count() >= 20
    assert ActivityPage.objects.count() >= 30
    assert AssociationPage.objects.count() >= 15
    assert GuidePage.objects.count() >= 6
    assert FacilityPage.objects.count() >= 5
    assert Topic.objects.exists() and Audience.objects.exists() and Contact.objects.exists()
    projects = RenovationProjectPage.objects.all()
    assert projects.count() >= 4
    assert all(project.updates.count() >= 3 for project in projects)
    assert len({project.status for project in projects}) >= 3


def test_some_activities_recur_and_some_belong_to_associations(seeded):
    assert ActivityPage.objects.exclude(recurrence="").exists()
    under_associations = ActivityPage.objects.filter(
        path__startswith=AssociationPage.objects.first().path[:-4]
    ).exclude(organiser=None)
    assert under_associations.exists()
    for activity in under_associations:
        assert activity.get_parent().pk == activity.organiser_id


def test_news_of_an_association_is_placed_under_it(seeded):
    spec = next((item for item in data("news") if item.get("association")), None)
    if spec is None:
        pytest.skip("The demo data has no association news")
    article = NewsArticlePage.objects.get(slug=spec["slug"])
    assert article.get_parent().slug == spec["association"]


def test_the_default_site_serves_the_home_page_with_six_sections(seeded, client):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert (site.hostname, site.port) == ("localhost", 80)
    # Wagtail's "Welcome" page is gone: at depth 2 are only the home page and its English
    # translation (the root of /en/).
    top = set(Page.objects.filter(depth=2))
    assert top == {home.page_ptr, *(p.page_ptr for p in home.get_translations())}
    assert {p.locale.language_code for p in top} == {"da", "en"}
    slugs = set(home.get_children().values_list("slug", flat=True))
    assert {
        "nyheder",
        "aktiviteter",
        "renoveringer",
        "foreninger",
        "foreningsguider",
        "lokaler",
    } <= slugs
    assert [block.block_type for block in home.body] == [
        "latest_news",
        "upcoming_activities",
        "current_renovations",
        "open_hearings",
    ]


def test_every_page_is_published_with_a_revision(seeded):
    for page in content_pages():
        assert page.live, page
        assert page.first_published_at is not None, page
        assert page.latest_revision_id is not None, page
        assert not page.has_unpublished_changes, page


def test_every_page_renders(seeded, client):
    for page in content_pages():
        response = client.get(page.get_url(), HTTP_HOST="localhost")
        assert response.status_code == 200, (page.url_path, response.status_code)


def test_every_image_has_alt_text(seeded):
    for page in content_pages():
        if getattr(page, "image_id", None):
            assert page.image_alt.strip(), page
    assert not get_image_model().objects.filter(description="").exists()
    for project in RenovationProjectPage.objects.all():
        for update in project.updates.all():
            for image_block in update.images:
                assert image_block.value["image"].contextual_alt_text.strip()


def test_dates_are_relative_to_today(seeded):
    today = timezone.localdate()
    spec = data("news")[0]
    article = NewsArticlePage.objects.get(slug=spec["slug"])
    assert article.date == today + dt.timedelta(days=spec["date_offset_days"])


def test_recurring_activities_skip_their_excluded_dates(seeded):
    activity = (
        ActivityPage.objects.exclude(recurrence="").filter(excluded_dates__isnull=False).first()
    )
    if activity is None:
        pytest.skip("The demo data has no recurring activity with excluded dates")
    dates = {timezone.localtime(o.start).date() for o in activity.occurrences.all()}
    assert len(dates) > 1
    assert not dates & {row.date for row in activity.excluded_dates.all()}


def test_standard_pages_are_under_the_home_page(seeded):
    for spec in data("pages"):
        page = StandardPage.objects.get(slug=spec["slug"])
        assert isinstance(page.get_parent().specific, HomePage)


def test_a_second_run_creates_nothing(seeded):
    models = [Page, get_image_model(), Occurrence, Topic, Audience, Contact, Revision]
    before = {model: model.objects.count() for model in models}
    output = seed()
    assert {model: model.objects.count() for model in models} == before
    assert output.count("\n") > 10  # a progress line per section and the counts per type


def test_seeding_twice_leaves_one_image_per_title(seeded):
    """The image library had "Foreningsdag" and "Foreningsdag (2)", two drawings (#15.14)."""
    seed()
    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))
    assert not [title for title in titles if title.endswith(" (2)")]
    assert "Foreningsdag" in titles  # the activity's picture
    assert "Infoskærm: Foreningsdag" in titles  # the screen slide's, named as a slide


def test_the_demo_has_a_season_round_with_competing_requests_waiting(seeded):
    from booking import allocation
    from booking.models import Season, Status

    season = Season.objects.get()
    waiting = list(allocation.waiting(season).prefetch_related("slots"))
    assert len(waiting) == 3 and all(b.status == Status.REQUESTED for b in waiting)
    assert season.window_opens < timezone.now() < season.window_closes
    assert len(allocation.undecided(season)) == 2  # two compete for Tuesday evening


def test_the_demo_has_bookings_in_conflict_and_named_groups_that_can_book(seeded):
    from django.contrib.auth import get_user_model

    from booking import rules, services
    from booking.models import Booking, BookingGroup, BookingSlot, Status

    outside_the_round = Booking.objects.filter(season=None)
    assert outside_the_round.count() == 40
    waiting = outside_the_round.filter(status=Status.REQUESTED)
    in_conflict = [
        b for b in waiting if rules.conflicts(b.room, list(b.slots.all()), exclude_booking=b)
    ]
    assert len(waiting) >= 8 and len(in_conflict) >= 3  # the grid has conflicts to mark
    assert outside_the_round.filter(status=Status.DECLINED).exists()

    groups = {group.name: group for group in BookingGroup.objects.all()}
    assert set(groups) == {"Dagplejen Vallensbæk", "Ældrerådet i Vallensbæk"}
    by_groups = Booking.objects.filter(group__isnull=False)
    assert by_groups.count() == 3
    assert {b.status for b in by_groups} == {Status.APPROVED, Status.REQUESTED}
    assert all(b.requested_by is not None for b in by_groups)
    # A seeded member may book for their group in a room that takes it, and only there.
    dagplejen = groups["Dagplejen Vallensbæk"]
    dorthe = get_user_model().objects.get(username="dagplejer")
    room = dagplejen.rooms.order_by("pk").first()
    services.check_may_book(
        dorthe,
        Booking(
            room=room,
            group=dagplejen,
            first_date=timezone.localdate() + dt.timedelta(weeks=6),
            start_time=dt.time(17),
            end_time=dt.time(18),
        ),
    )
    assert dorthe.has_perm("wagtailadmin.access_admin")
    assert not dorthe.has_usable_password()  # ensure_dev_users sets one in development only

    before = (
        Booking.objects.count(),
        BookingSlot.objects.count(),
        BookingGroup.objects.count(),
        get_user_model().objects.count(),
    )
    output = seed()
    assert before == (
        Booking.objects.count(),
        BookingSlot.objects.count(),
        BookingGroup.objects.count(),
        get_user_model().objects.count(),
    )
    assert "Bookinggrupper: 0 oprettet, 2 fandtes" in output


def test_the_demo_has_three_activities_with_sign_up_one_full_with_a_waiting_list(seeded):
    from signups.models import Registration, SignupOption

    options = SignupOption.objects.select_related("activity")
    assert options.count() == 3
    falltest = options.get(activity__title="Faldtest for seniorer")
    assert falltest.capacity == 20 and falltest.places_left() == 0
    assert falltest.waiting_count() == 3
    assert falltest.closed_reason() == ""  # open: new sign-ups go on the waiting list
    before = Registration.objects.count()
    seed()
    assert Registration.objects.count() == before and SignupOption.objects.count() == 3


def test_the_demo_has_the_fair_with_its_stands_businesses_and_subscriptions(seeded):
    """Issue #19 item 6: "Foreningsdag 2027" with ~15 stands (5 businesses), 8 businesses,
    a few confirmed subscriptions; the public page lists the accepted stands only."""
    from business.models import BusinessPage
    from fairs.choices import Kind, Status
    from fairs.models import FairPage
    from subscriptions.models import Subscription

    fair = FairPage.objects.get(title="Foreningsdag 2027")
    accepted = fair.applications.filter(status=Status.ACCEPTED)
    assert accepted.count() >= 15
    assert accepted.filter(kind=Kind.BUSINESS).count() == 5
    assert accepted.filter(kind=Kind.ASSOCIATION).count() >= 10
    assert fair.exhibitors_published and fair.live
    assert len(fair.exhibitors()) == accepted.count()
    assert BusinessPage.objects.live().count() == 8
    assert Subscription.objects.filter(confirmed_at__isnull=False).count() >= 3


def test_each_object_is_indexed_once_with_what_it_shows_when_the_seed_ends(seeded):
    """The seed indexes each object once, at its end (``demo.indexing``), not at every save:
    an English facility page is found by its rooms' English names, which the translation
    writes after the page itself was first saved (the index kept the Danish ones before)."""
    english = FacilityPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 3
    for facility in english:
        (entry,) = IndexEntry.objects.filter(
            object_id=str(facility.pk), content_type__model="facilitypage"
        )
        # PostgreSQL keeps the indexed text beside its tsvector; SQLite only the text.
        text = getattr(entry, "body_text", None) or entry.body
        rooms = [room.name for room in facility.rooms.all()]
        assert rooms and all(name in text for name in rooms), (facility.title, rooms)
    for page in Page.objects.live().filter(depth__gt=1).specific():
        if type(page).search_fields:
            assert (
                IndexEntry.objects.filter(
                    object_id=str(page.pk), content_type__model=page._meta.model_name
                ).count()
                == 1
            ), page
