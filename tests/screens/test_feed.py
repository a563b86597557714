"""What a screen's feed contains."""

import datetime as dt

import pytest
from django.utils import timezone

from renovations.factories import (
    RenovationDisruptionFactory,
    RenovationProjectPageFactory,
    days_from_today,
)
from renovations.models import Status
from screens.factories import AlertFactory, ManualSlideFactory, ScreenFactory
from screens.feed import renovation_slides
from screens.models import Screen
from tests.screens.conftest import titles

pytestmark = pytest.mark.django_db


def test_feed_has_a_slide_from_every_source_in_order(site, feed):
    response = feed("raadhus-foyer")

    assert response.status_code == 200
    kinds = [slide["kind"] for slide in response.json()["slides"]]
    assert kinds == ["manual", "news", "news", "activity", "renovation"]
    assert titles(response) == [
        "Borgerservice lukker tidligt fredag",
        "Ny legeplads ved Strandparken",
        "Klubmesterskab i petanque",
        "Fællessang i biblioteket",
        "Nyt tag på Pilehaveskolen",
    ]


def test_off_topic_news_and_activities_beyond_the_window_stay_off(site, feed):
    shown = titles(feed("raadhus-foyer"))

    assert "Vejarbejde på Vejlebrovej" not in shown
    assert "Julekoncert" not in shown


def test_news_slide_carries_text_image_qr_and_duration(site, feed):
    slide = feed("raadhus-foyer").json()["slides"][1]

    assert slide["text"] == "Legepladsen åbner den 1. juni."
    assert slide["url"].endswith("/nyheder/ny-legeplads-ved-strandparken/")
    assert slide["qr_svg"].startswith("<svg")
    assert slide["duration"] == 10
    # A square picture barely needs cropping to the half-screen panel: it fills it.
    assert (slide["image"]["width"], slide["image"]["height"]) == (1056, 1080)
    assert slide["image"]["fit"] == "cover"
    assert slide["image"]["alt"] == "Børn på en ny legeplads"


def test_short_screen_title_replaces_a_long_title_on_screens(site, feed):
    site.article.title = "Ny legeplads ved Strandparken åbner med gynger, sandkasse og klatrenet"
    site.article.screen_title = "Ny legeplads åbner"
    site.article.save_revision().publish()

    shown = titles(feed("raadhus-foyer"))

    assert "Ny legeplads åbner" in shown
    assert site.article.title not in shown


def test_portrait_screen_gets_images_for_its_wide_top_panel(site, feed):
    Screen.objects.filter(pk=site.screen.pk).update(orientation=Screen.Orientation.PORTRAIT)

    image = feed("raadhus-foyer").json()["slides"][1]["image"]

    # The square picture would lose a quarter of its height in the wide panel: shown whole.
    assert (image["width"], image["height"]) == (806, 806)
    assert image["fit"] == "contain"


def _news_image(site, feed, **image_fields):
    from core.factories import ImageFactory

    site.article.image = ImageFactory(**image_fields)
    site.article.save_revision().publish()
    return next(s for s in feed("raadhus-foyer").json()["slides"] if s["kind"] == "news")["image"]


def test_a_wide_picture_without_focal_point_is_shown_whole_so_text_in_it_is_not_cut(site, feed):
    image = _news_image(site, feed, file__width=1600, file__height=900)

    assert image["fit"] == "contain"
    assert (image["width"], image["height"]) == (1056, 594)  # the whole 16:9 picture


def test_a_wide_picture_is_cropped_around_its_focal_point_when_that_fits(site, feed):
    # The editor marked the left third (a face, a sign) as what matters.
    image = _news_image(
        site,
        feed,
        file__width=1600,
        file__height=900,
        focal_point_x=300,
        focal_point_y=450,
        focal_point_width=400,
        focal_point_height=500,
    )

    assert image["fit"] == "cover"
    # The panel's shape (a 900 px tall picture is not enlarged to 1080).
    assert (image["width"], image["height"]) == (880, 900)
    # The crop lies over the left of the picture: the focal point is left of the middle.
    assert int(image["position"].split("%")[0]) < 50


def test_a_focal_point_wider_than_the_panel_keeps_the_whole_picture(site, feed):
    image = _news_image(
        site,
        feed,
        file__width=1600,
        file__height=900,
        focal_point_x=800,
        focal_point_y=450,
        focal_point_width=1400,
        focal_point_height=300,
    )

    assert image["fit"] == "contain"


def test_activity_slide_says_when_and_ends_with_its_occurrence(site, feed):
    slide = next(s for s in feed("raadhus-foyer").json()["slides"] if s["kind"] == "activity")
    occurrence = site.activity.occurrences.get()

    assert slide["valid_until"].startswith(occurrence.end.astimezone().isoformat()[:10]) and slide[
        "valid_until"
    ][-6:] in {"+01:00", "+02:00"}
    assert "Vallensbæk Bibliotek" in slide["meta"]


def test_renovation_slide_lists_current_disruptions(site, feed):
    slide = next(s for s in feed("raadhus-foyer").json()["slides"] if s["kind"] == "renovation")

    assert "Parkeringspladsen ved indgang A" in slide["meta"]


def test_activities_can_be_limited_to_one_facility(site, feed):
    site.screen.activity_facility = site.facility
    site.screen.save()

    assert "Fællessang i biblioteket" not in titles(feed("raadhus-foyer"))


def test_manual_slide_duration_overrides_the_screen_default(site, feed):
    site.slide.duration_seconds = 25
    site.slide.save()

    assert feed("raadhus-foyer").json()["slides"][0]["duration"] == 25


def test_manual_slide_without_screens_shows_on_every_screen(site, feed):
    ManualSlideFactory(title="Velkommen til Vallensbæk")
    ScreenFactory(key="bibliotek", activity_days=0)

    assert titles(feed("bibliotek")) == ["Velkommen til Vallensbæk"]
    assert "Borgerservice lukker tidligt fredag" not in titles(feed("bibliotek"))
    # "Every screen": the foyer screen, which has slides of its own, shows it as well.
    assert "Velkommen til Vallensbæk" in titles(feed("raadhus-foyer"))


def test_feed_includes_screen_settings(site, feed):
    settings = feed("raadhus-foyer").json()["screen"]

    assert settings["key"] == "raadhus-foyer"
    assert settings["orientation"] == "landscape"
    assert settings["language"] == "da"
    assert settings["poll_seconds"] > 0


def test_feed_names_its_time_zone_and_every_response_carries_the_server_time(site, feed):
    """The player sets its clock and active hours by these, not by the device."""
    import datetime as dt

    from django.utils import timezone

    response = feed("raadhus-foyer")
    again = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=response["ETag"])

    assert response.json()["screen"]["time_zone"] == "Europe/Copenhagen"
    assert again.status_code == 304
    for answer in (response, again):
        server_time = dt.datetime.fromisoformat(answer["X-Server-Time"])
        assert server_time.utcoffset() == timezone.localtime(server_time).utcoffset()
        assert abs((server_time - timezone.now()).total_seconds()) < 60


def test_active_alert_is_in_the_feed(site, feed):
    AlertFactory(message="Rådhuset er lukket i dag på grund af strømsvigt.")

    alert = feed("raadhus-foyer").json()["alert"]

    assert alert["message"] == "Rådhuset er lukket i dag på grund af strømsvigt."
    assert alert["severity"] == "critical"


def test_unknown_key_is_a_json_404(db, feed):
    response = feed("findes-ikke")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert "findes-ikke" in response.json()["detail"]


@pytest.mark.parametrize(
    ("key", "status"), [("ÆØÅ skærm", 404), ("a:b", 404), ("x" * 300 + " y", 404), ("%00", 400)]
)
def test_a_key_that_is_not_a_slug_is_a_404_and_never_becomes_a_cache_key(db, feed, key, status):
    """A NUL byte is refused before the route, for the whole API (core.api.guard): 400."""
    import warnings

    from django.core.cache import CacheKeyWarning

    with warnings.catch_warnings():
        # Django warns about a cache key with spaces, control characters or over 250 chars.
        warnings.simplefilter("error", CacheKeyWarning)
        response = feed(key)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/problem+json")


def test_feed_is_in_the_openapi_document(db, client):
    schema = client.get("/api/v3/openapi.json").json()

    operation = schema["paths"]["/api/v3/screens/{key}/feed/"]["get"]
    assert "304" in operation["responses"]
    assert "Feed" in schema["components"]["schemas"]
    assert "Slide" in schema["components"]["schemas"]


def _renovation_meta(site, status, date_from, date_to, expected_end, today):
    import datetime as dt

    from django.utils import timezone

    from renovations.factories import RenovationDisruptionFactory, RenovationProjectPageFactory
    from screens.feed import build_feed

    project = RenovationProjectPageFactory(
        parent=site.renovation_index,
        title="Ny svømmehal i Vallensbæk Strand",
        status=status,
        planned_start=date_from,
        planned_end=expected_end - dt.timedelta(days=35),
        expected_end=expected_end,
    )
    RenovationDisruptionFactory(
        project=project, affected="Stien langs Strandvejen", date_from=date_from, date_to=date_to
    )
    noon = dt.datetime.combine(today, dt.time(12), tzinfo=timezone.get_current_timezone())
    slides = build_feed(site.screen, noon).feed.slides
    return next(s for s in slides if s.id == f"renovation-{project.pk}").meta.split("\n")


def test_renovation_slide_says_paused_and_the_expected_end_and_dates_carry_their_year(site):
    import datetime as dt

    from renovations.models import Status

    meta = _renovation_meta(
        site,
        Status.PAUSED,
        date_from=dt.date(2026, 10, 22),
        date_to=dt.date(2027, 3, 21),
        expected_end=dt.date(2027, 4, 30),
        today=dt.date(2026, 12, 1),
    )

    # Django's Danish month abbreviations ("okt.", short months such as "marts" in full).
    assert meta == [
        "På pause · Forventes færdig: 30. april 2027",
        "Parkering: Stien langs Strandvejen (22. okt. 2026 – 21. marts 2027)",
    ]


def test_renovation_slide_under_way_states_the_year_once_for_a_period_within_it(site):
    import datetime as dt

    from renovations.models import Status

    meta = _renovation_meta(
        site,
        Status.IN_PROGRESS,
        date_from=dt.date(2027, 2, 3),
        date_to=dt.date(2027, 9, 21),
        expected_end=dt.date(2027, 10, 1),
        today=dt.date(2027, 2, 10),
    )

    assert meta == [
        "Forventes færdig: 1. okt. 2027",
        "Parkering: Stien langs Strandvejen (3. feb. – 21. sept. 2027)",
    ]


@pytest.mark.parametrize(
    ("first", "last", "written"),
    [
        ((2027, 3, 3), (2027, 3, 21), "3.–21. marts 2027"),
        ((2027, 1, 5), (2027, 1, 5), "5. jan. 2027"),
        ((2026, 12, 28), (2027, 1, 2), "28. dec. 2026 – 2. jan. 2027"),
    ],
)
def test_periods_on_slides_are_written_the_danish_way(db, first, last, written):
    import datetime as dt

    from django.utils import translation

    from screens.feed import date_span

    with translation.override("da"):
        assert date_span(dt.date(*first), dt.date(*last)) == written


def test_the_feed_is_rebuilt_the_night_the_next_disruption_of_a_current_project_starts(site):
    """A disruption starting in three days shows that morning, with no publish in between;
    disruptions of a planned project or an unpublished one do not shorten the feed's life."""
    RenovationDisruptionFactory(
        project=site.project, date_from=days_from_today(6), date_to=days_from_today(8)
    )
    RenovationDisruptionFactory(
        project=site.project, date_from=days_from_today(3), date_to=days_from_today(4)
    )
    planned = RenovationProjectPageFactory(parent=site.renovation_index, status=Status.PLANNED)
    unpublished = RenovationProjectPageFactory(parent=site.renovation_index, live=False)
    for project in (planned, unpublished):
        RenovationDisruptionFactory(
            project=project, date_from=days_from_today(1), date_to=days_from_today(2)
        )
    now = timezone.now()
    changes = []

    slides = renovation_slides(site.screen, now, changes)

    assert [s.page_id for s in slides] == [site.project.pk]
    midnight = timezone.localtime(min(changes))
    assert midnight.date() == days_from_today(3) and midnight.time() == dt.time.min
