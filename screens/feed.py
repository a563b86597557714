"""Building a screen's feed: collect slides from every source, then render them in bulk.

The number of queries does not depend on the number of slides: every source is one query
(plus prefetches), images and their renditions are fetched once for all slides, and page
URLs come from Wagtail's cached site root paths.
"""

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass

import segno
from django.db.models import Exists, Min, OuterRef, Prefetch, Q
from django.utils import formats, timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from activities.models import Occurrence
from associations.models import AssociationIndexPage
from booking.today import todays_bookings
from news.models import NewsArticlePage
from renovations.models import RenovationDisruption, RenovationProjectPage

from .alerts import load_alerts, pick_alert
from .cache import poll_seconds
from .models import ManualSlide, Screen
from .schemas import Feed, FeedAlert, ScreenSettings, Slide, SlideImage

RENDITION_SPECS = {
    Screen.Orientation.LANDSCAPE: "fill-1920x1080-c75",
    Screen.Orientation.PORTRAIT: "fill-1080x1920-c75",
}
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
    """The URL as an inline SVG QR code (black on white, sized by the player's CSS)."""
    return segno.make(url, error="m").svg_inline(scale=1, border=2, omitsize=True)


def screen_title(page) -> str:
    return getattr(page, "screen_title", "") or Truncator(page.title).chars(TITLE_CHARS)


def short(text: str) -> str:
    return Truncator(" ".join((text or "").split())).chars(TEXT_CHARS)


def _local(value: dt.datetime) -> dt.datetime:
    return timezone.localtime(value)


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
    next_start = RenovationDisruption.objects.filter(
        project__in=projects.values("pk"), date_from__gt=today
    ).aggregate(first=Min("date_from"))["first"]
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
        lines = [
            f"{d.get_kind_display()}: {d.affected} ({formats.date_format(d.date_from, 'j. b')}–{formats.date_format(d.date_to, 'j. b')})"
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
                meta=" · ".join(lines),
                url=project.get_full_url(),
                image_id=project.image_id,
                image_alt=project.image_alt,
                valid_until=valid_until,
            )
        )
    return result


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
            valid_until=_end_of_day(timezone.localdate(now)),
        )
    ]


SOURCES = [manual_slides, news_slides, activity_slides, renovation_slides, booking_slides]


# Assembly ----------------------------------------------------------------------------------


def _renditions(candidates: list[Candidate], spec: str) -> dict[int, SlideImage]:
    ids = {c.image_id for c in candidates if c.image_id}
    if not ids:
        return {}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(spec)
    result = {}
    for image in images:
        try:
            rendition = image.get_rendition(spec)
        except Exception:  # a missing image file must not take the screen down
            continue
        result[image.pk] = SlideImage(
            url=rendition.url, width=rendition.width, height=rendition.height, alt=""
        )
    return result


def build_feed(screen: Screen, now: dt.datetime | None = None) -> BuiltFeed:
    """Everything the screen shows right now, and when that will next change by itself."""
    now = now or timezone.now()
    changes: list[dt.datetime] = []
    language = screen.locale.language_code
    with translation.override(language):
        candidates = [c for source in SOURCES for c in source(screen, now, changes)]
        images = _renditions(candidates, RENDITION_SPECS[screen.orientation])
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
        slides.append(
            Slide(
                id=c.id,
                kind=c.kind,
                title=c.title,
                text=c.text,
                meta=c.meta,
                image=image,
                url=c.url,
                qr_svg=qr_svg(c.url) if c.url else None,
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
