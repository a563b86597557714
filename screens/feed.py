"""Building a screen's feed: collect slides from every source, then render them in bulk.

The number of queries does not depend on the number of slides: every source is one query
(plus prefetches), images and their renditions are fetched once for all slides, and page
URLs come from Wagtail's cached site root paths.
"""

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import segno
from django.db.models import Exists, Min, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from activities.models import Occurrence
from associations.models import AssociationIndexPage
from booking.today import todays_bookings
from hearings.models import HearingPage
from news.models import NewsArticlePage
from renovations.models import RenovationDisruption, RenovationProjectPage, Status

from .alerts import load_alerts, pick_alert
from .cache import poll_seconds
from .models import ManualSlide, Screen
from .schemas import Feed, FeedAlert, ScreenSettings, Slide, SlideImage

#: The image panel of a slide in full-HD pixels (player.css: 55 % of the width in landscape,
#: 42 % of the height in portrait). Renditions are made for the panel, not the whole screen.
PANELS = {
    Screen.Orientation.LANDSCAPE: (1056, 1080),
    Screen.Orientation.PORTRAIT: (1080, 806),
}
#: The safe zone: a picture without a focal point is cropped to the panel only when that cuts
#: at most this share of its width or height (text drawn near an edge survives). Otherwise,
#: and when its focal point does not fit the crop, it is shown whole on a blurred backdrop.
MAX_CROP = 0.1
TITLE_CHARS = 70
TEXT_CHARS = 220
#: At most this many renovation slides, the projects ending soonest first: a loop through
#: hundreds of building sites helps no one passing the screen.
RENOVATION_LIMIT = 10


@dataclass
class Candidate:
    """A slide before its image and QR code are rendered."""

    id: str
    kind: str
    title: str
    text: str
    url: str | None = None
    #: The page a slide is about; its QR code encodes the page's short address.
    page_id: int | None = None
    image_id: int | None = None
    image_alt: str = ""
    meta: str = ""
    duration: int | None = None
    valid_until: dt.datetime | None = None


@dataclass
class BuiltFeed:
    feed: Feed
    #: The next moment the feed changes by itself; the cache entry must not outlive it.
    next_change: dt.datetime | None

    def body(self) -> bytes:
        return self.feed.model_dump_json().encode()


# Encoding a QR code was two thirds of a cold feed build (make bench); the code depends on
# the URL only, and a site has a bounded number of slide URLs.
@functools.lru_cache(maxsize=2048)
def qr_svg(url: str) -> str:
    """The URL as an inline SVG QR code, black on white with the standard 4-module quiet zone.

    The player's CSS sizes it (at least a quarter of the screen's height, for 2–3 m).
    """
    return segno.make(url, error="m").svg_inline(scale=1, border=4, light="#fff", omitsize=True)


def short_url(page_id: int, page_url: str) -> str:
    """The page's short address, ``https://<its site>/s/<id>`` (``screens.views.short_link``).

    A short URL makes a QR code of fewer, larger modules, which scans from further away. The
    site comes from the page's own full URL (no query).
    """
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}" + reverse("screens_short_link", args=[page_id])


def screen_title(page) -> str:
    return getattr(page, "screen_title", "") or Truncator(page.title).chars(TITLE_CHARS)


def short(text: str) -> str:
    return Truncator(" ".join((text or "").split())).chars(TEXT_CHARS)


def _local(value: dt.datetime) -> dt.datetime:
    return timezone.localtime(value)


#: A date on a slide: Django's Danish formats, with its standard abbreviated months (``N``:
#: "jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sept.", "okt.", "nov.",
#: "dec.", the short names written in full) and always the year.
DAY_MONTH_YEAR = "j. N Y"


def slide_date(value: dt.date) -> str:
    """``22. okt. 2026``."""
    return formats.date_format(value, DAY_MONTH_YEAR)


def date_span(first: dt.date, last: dt.date) -> str:
    """A period as Danish writes it, each year stated once: ``22. okt. 2026 – 21. marts 2027``,
    ``3. feb. – 21. marts 2027``, ``3.–21. marts 2027``, or one day, ``21. marts 2027``.

    The en dash has spaces around it when either side has a space in it.
    """
    if first == last:
        return slide_date(last)
    if first.year != last.year:
        return f"{slide_date(first)} – {slide_date(last)}"
    if first.month != last.month:
        return f"{formats.date_format(first, 'j. N')} – {slide_date(last)}"
    return f"{formats.date_format(first, 'j.')}–{slide_date(last)}"


def _end_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )


# Sources -----------------------------------------------------------------------------------


def manual_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    slides = ManualSlide.objects.for_screen(screen)
    next_start = slides.filter(enabled=True, start__gt=now).aggregate(first=Min("start"))["first"]
    if next_start:
        changes.append(next_start)
    ids = slides.active(now).values("pk")
    result = []
    for slide in ManualSlide.objects.filter(pk__in=ids).order_by("sort_order", "start", "pk"):
        result.append(
            Candidate(
                id=f"manual-{slide.pk}",
                kind="manual",
                title=slide.title,
                text=short(slide.text),
                url=slide.url or None,
                image_id=slide.image_id,
                image_alt=slide.image_alt,
                duration=slide.duration_seconds,
                valid_until=slide.end,
            )
        )
    return result


def news_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    topic_keys = list(screen.news_topics.values_list("translation_key", flat=True))
    match = Q(pk__in=[])
    if topic_keys:
        match |= Q(topics__translation_key__in=topic_keys)
    if screen.show_association_news:
        for path in AssociationIndexPage.objects.values_list("path", flat=True):
            match |= Q(path__startswith=path)
    if not topic_keys and not screen.show_association_news:
        return []
    ids = (
        NewsArticlePage.objects.listable(now)
        .filter(locale_id=screen.locale_id)
        .filter(match)
        .values("pk")
    )
    articles = NewsArticlePage.objects.filter(pk__in=ids).order_by("-date", "-pk")[
        : screen.news_limit
    ]
    result = []
    for page in articles:
        result.append(
            Candidate(
                id=f"news-{page.pk}",
                kind="news",
                title=screen_title(page),
                text=short(page.summary),
                meta=formats.date_format(page.date, "j. F Y"),
                url=page.get_full_url(),
                page_id=page.pk,
                image_id=page.image_id,
                image_alt=page.image_alt,
                valid_until=page.expire_at,
            )
        )
    return result


def _occurrence_meta(occurrence) -> str:
    start, end = _local(occurrence.start), _local(occurrence.end)
    activity = occurrence.activity
    when = formats.date_format(start, "l j. F")
    if not activity.all_day:
        when += f" {start:%H.%M}–{end:%H.%M}"
    place = activity.facility.title if activity.facility_id else activity.address
    return f"{when} · {place}" if place else when


def activity_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    if not screen.activity_days:
        return []
    occurrences = (
        Occurrence.objects.public(now)
        .between(now, now + dt.timedelta(days=screen.activity_days))
        .filter(activity__locale_id=screen.locale_id)
        .select_related("activity", "activity__facility")
        .order_by("start", "pk")
    )
    if screen.activity_facility_id:
        occurrences = occurrences.filter(activity__facility_id=screen.activity_facility_id)
    # A weekly activity shows once, at its next date; bound the rows read for long windows.
    result, seen = [], set()
    for occurrence in occurrences[: screen.activity_limit * 8]:
        if occurrence.activity_id in seen:
            continue
        seen.add(occurrence.activity_id)
        activity = occurrence.activity
        valid_until = occurrence.end
        if activity.expire_at:
            valid_until = min(valid_until, activity.expire_at)
        result.append(
            Candidate(
                id=f"activity-{occurrence.pk}",
                kind="activity",
                title=screen_title(activity),
                text=short(activity.summary),
                meta=_occurrence_meta(occurrence),
                url=activity.get_full_url(),
                page_id=activity.pk,
                image_id=activity.image_id,
                image_alt=activity.image_alt,
                valid_until=valid_until,
            )
        )
        if len(result) >= screen.activity_limit:
            break
    return result


def renovation_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    if not screen.show_renovation_disruptions:
        return []
    today = timezone.localdate(now)
    projects = RenovationProjectPage.objects.current(now).filter(locale_id=screen.locale_id)
    # The next disruption to start on any current project changes the feed by itself.
    # By date through an index, stopping at the first: MIN() over the join hashed every page
    # (38 of a cold build's 118 ms at 100 000 pages with 4,800 current projects; make bench).
    next_start = (
        RenovationDisruption.objects.filter(project__in=projects.values("pk"), date_from__gt=today)
        .order_by("date_from")
        .values_list("date_from", flat=True)
        .first()
    )
    if next_start:
        changes.append(_end_of_day(next_start - dt.timedelta(days=1)))
    # Only projects with a disruption today become slides; filtering them in SQL keeps the
    # build cost independent of how many projects are under way (make bench: thousands).
    ongoing = RenovationDisruption.objects.filter(date_from__lte=today, date_to__gte=today)
    projects = projects.filter(Exists(ongoing.filter(project=OuterRef("pk")))).prefetch_related(
        Prefetch("disruptions", queryset=ongoing)
    )[:RENOVATION_LIMIT]
    result = []
    for project in projects:
        disruptions = project.current_disruptions(today)
        if not disruptions:
            continue
        lines = [_renovation_status(project)] + [
            f"{d.get_kind_display()}: {d.affected} ({date_span(d.date_from, d.date_to)})"
            for d in disruptions
        ]
        valid_until = _end_of_day(min(d.date_to for d in disruptions))
        if project.expire_at:
            valid_until = min(valid_until, project.expire_at)
        result.append(
            Candidate(
                id=f"renovation-{project.pk}",
                kind="renovation",
                title=screen_title(project),
                text=short(project.summary),
                meta="\n".join(lines),
                url=project.get_full_url(),
                page_id=project.pk,
                image_id=project.image_id,
                image_alt=project.image_alt,
                valid_until=valid_until,
            )
        )
    return result


def _renovation_status(project) -> str:
    """``På pause · Forventes færdig: 21. marts 2027`` (the pause only when paused)."""
    expected = f"{_('Expected to finish')}: {slide_date(project.expected_end)}"
    if project.status == Status.PAUSED:
        return f"{project.get_status_display()} · {expected}"
    return expected


def booking_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    """ "I dag i hallen": today's approved room bookings of the screen's facility."""
    if not screen.bookings_facility_id:
        return []
    facility, bookings = todays_bookings(screen.bookings_facility_id, now)
    if facility is None or not bookings:
        # A booking that starts tomorrow makes the slide appear then.
        changes.append(_end_of_day(timezone.localdate(now)))
        return []
    # The slide changes whenever a booking ends (it drops off the list).
    changes.extend(booking.end for booking in bookings)
    lines = [
        f"{_local(b.start):%H:%M}–{_local(b.end):%H:%M} {b.room}: {b.association}"
        for b in bookings
    ]
    return [
        Candidate(
            id=f"bookings-{facility.pk}",
            kind="bookings",
            title=_("Today at %(facility)s") % {"facility": screen_title(facility)},
            text="",
            meta=" · ".join(lines),
            url=facility.get_full_url(),
            page_id=facility.pk,
            valid_until=_end_of_day(timezone.localdate(now)),
        )
    ]


#: At most this many hearing slides, the deadline soonest first.
HEARING_LIMIT = 5


def hearing_slides(screen: Screen, now, changes: list) -> list[Candidate]:
    """Open hearings, each with a QR code to its answer form (``hearings``)."""
    if not screen.show_open_hearings:
        return []
    today = timezone.localdate(now)
    hearings = HearingPage.objects.filter(locale_id=screen.locale_id).open_now(today)
    # The next hearing to open makes the feed change by itself that morning.
    next_start = (
        HearingPage.objects.listable(now)
        .filter(locale_id=screen.locale_id, start__gt=today)
        .aggregate(first=Min("start"))["first"]
    )
    if next_start:
        changes.append(_end_of_day(next_start - dt.timedelta(days=1)))
    result = []
    for hearing in hearings[:HEARING_LIMIT]:
        valid_until = hearing.closes_at()
        if hearing.expire_at:
            valid_until = min(valid_until, hearing.expire_at)
        result.append(
            Candidate(
                id=f"hearing-{hearing.pk}",
                kind="hearing",
                title=screen_title(hearing),
                text=short(hearing.summary),
                meta=_("Answer by %(date)s. Scan the code to answer.")
                % {"date": slide_date(hearing.deadline)},
                # The QR code opens the answer form itself, not the page.
                url=hearing.full_answer_url(),
                image_id=hearing.image_id,
                image_alt=hearing.image_alt,
                valid_until=valid_until,
            )
        )
    return result


SOURCES = [
    manual_slides,
    news_slides,
    activity_slides,
    renovation_slides,
    hearing_slides,
    booking_slides,
]


# Assembly ----------------------------------------------------------------------------------


def image_fit(image, panel: tuple[int, int]) -> str:
    """``"cover"`` when cropping ``image`` to the panel keeps what matters, else ``"contain"``.

    What matters is the editor's focal point when there is one; without one, everything but a
    thin edge (``MAX_CROP``).
    """
    panel_width, panel_height = panel
    if not image.width or not image.height:
        return "contain"
    panel_aspect = panel_width / panel_height
    focal_point = image.get_focal_point()
    if image.width / image.height > panel_aspect:  # wider than the panel: the sides go
        kept = image.height * panel_aspect
        cut, focal_extent = 1 - kept / image.width, focal_point and focal_point.width
    else:  # taller: the top and bottom go
        kept = image.width / panel_aspect
        cut, focal_extent = 1 - kept / image.height, focal_point and focal_point.height
    if cut <= MAX_CROP or (focal_point is not None and focal_extent <= kept):
        return "cover"
    return "contain"


def rendition_specs(panel: tuple[int, int]) -> dict[str, str]:
    """Wagtail filter specs per fit: a crop that covers the focal point, or the whole image."""
    width, height = panel
    return {"cover": f"fill-{width}x{height}-c0", "contain": f"max-{width}x{height}"}


def _renditions(candidates: list[Candidate], panel: tuple[int, int]) -> dict[int, SlideImage]:
    ids = {c.image_id for c in candidates if c.image_id}
    if not ids:
        return {}
    specs = rendition_specs(panel)
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*specs.values())
    result = {}
    for image in images:
        fit = image_fit(image, panel)
        try:
            rendition = image.get_rendition(specs[fit])
            position = f"{rendition.background_position_x} {rendition.background_position_y}"
        except Exception:  # a missing image file must not take the screen down
            continue
        result[image.pk] = SlideImage(
            url=rendition.url,
            width=rendition.width,
            height=rendition.height,
            alt="",
            fit=fit,
            position=position,
        )
    return result


def build_feed(screen: Screen, now: dt.datetime | None = None) -> BuiltFeed:
    """Everything the screen shows right now, and when that will next change by itself."""
    now = now or timezone.now()
    changes: list[dt.datetime] = []
    language = screen.locale.language_code
    with translation.override(language):
        candidates = [c for source in SOURCES for c in source(screen, now, changes)]
        images = _renditions(candidates, PANELS[screen.orientation])
        active_alerts, alert_changes = load_alerts(now)
        changes.extend(alert_changes)
        alert = pick_alert(active_alerts, language)

    slides = []
    for c in candidates:
        image = images.get(c.image_id)
        if image is not None:
            image = image.model_copy(update={"alt": c.image_alt})
        if c.valid_until:
            changes.append(c.valid_until)
        link = short_url(c.page_id, c.url) if c.page_id and c.url else c.url
        slides.append(
            Slide(
                id=c.id,
                kind=c.kind,
                title=c.title,
                text=c.text,
                meta=c.meta,
                image=image,
                url=c.url,
                short_url=link,
                qr_svg=qr_svg(link) if link else None,
                duration=c.duration or screen.default_slide_seconds,
                valid_until=_local(c.valid_until) if c.valid_until else None,
            )
        )
    feed = Feed(
        screen=ScreenSettings(
            key=screen.key,
            name=screen.name,
            location=screen.location,
            orientation=screen.orientation,
            default_slide_seconds=screen.default_slide_seconds,
            active_from=screen.active_from,
            active_until=screen.active_until,
            time_zone=timezone.get_current_timezone_name(),
            language=language,
            poll_seconds=poll_seconds(),
        ),
        alert=FeedAlert(
            id=alert.pk,
            message=alert.message,
            severity=alert.severity,
            url=alert.url or None,
            qr_svg=qr_svg(alert.url) if alert.url else None,
            start=_local(alert.start) if alert.start else None,
            end=_local(alert.end) if alert.end else None,
        )
        if alert
        else None,
        slides=slides,
    )
    future = [c for c in changes if c > now]
    return BuiltFeed(feed=feed, next_change=min(future) if future else None)


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
