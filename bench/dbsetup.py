"""Database work for the bench, run in a subprocess per database (``python -m bench.dbsetup``).

- ``prepare --target N``: top the database up to about N pages with ``bench.generator`` (the
  demo plus synthetic pages; every run adds pages, so only the missing ones are added),
  index it for search when the search index lags behind, build the raw-search table, create
  the bench screens, and print facts the runner needs (URLs, sizes) as one JSON line;
- the bench facility ``bench-hallen`` (4 bookable rooms, open 08–22 every day) with
  ``BENCH_BOOKINGS`` approved one-off bookings from 26 weeks back to 26 weeks ahead, for the
  availability scenario; rebuilt when the count differs or the next four weeks are not
  covered (the dates are relative to today);
- ``publish MARKER``: publish a new revision of the newest news article a bench screen shows,
  with MARKER in its title, and print the time it was committed.

Everything written here is bench data: bench screens (keys starting ``bench-``) and the
``bench_fts`` table exist in the bench databases only.
"""

import argparse
import json
import os
import sys
import time

BENCH_TOPIC_SCREENS = {
    # key: (news_limit, activity_limit) – two slide counts for the cold-feed query count.
    "bench-small": (3, 3),
    "bench-large": (30, 30),
}
HERD_PREFIX = "bench-herd-"
BENCH_FACILITY_SLUG = "bench-hallen"
BENCH_BOOKINGS = 5_000


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    import django

    django.setup()


def page_count() -> int:
    from wagtail.models import Page

    # depth 1 is Wagtail's invisible tree root.
    return Page.objects.filter(depth__gt=1).count()


def top_up(target: int, log) -> int:
    """Add synthetic pages until the database holds about ``target`` pages."""
    from bench.generator import run

    count = page_count()
    # The demo content itself is ~130 pages; within 2 % of the target is close enough.
    if count >= target * 0.98:
        return count
    missing = target - count
    log(f"seeding {missing} pages (have {count}, want {target})")
    started = time.monotonic()
    # Progress to stderr: the runner reads the last line of stdout as the result.
    run(missing, write=log, stdout=sys.stderr)
    log(f"seeded in {time.monotonic() - started:.0f} s")
    return page_count()


def ensure_search_index(log) -> dict:
    """Run ``update_index`` when fewer than 90 % of the live pages are in the search index."""
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page

    live = Page.objects.live().filter(depth__gt=1).count()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(DISTINCT e.object_id) FROM wagtailsearch_indexentry e "
            "JOIN wagtailcore_page p ON p.id::text = e.object_id "
            "AND p.content_type_id = e.content_type_id"
        )
        indexed = cursor.fetchone()[0]
    seconds = None
    if indexed < live * 0.9:
        log(f"update_index: {indexed} of {live} live pages indexed, indexing …")
        started = time.monotonic()
        call_command("update_index", verbosity=0)
        seconds = round(time.monotonic() - started, 1)
        log(f"update_index took {seconds} s")
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
            indexed = cursor.fetchone()[0]
    return {"live_pages": live, "indexed": indexed, "update_index_seconds": seconds}


def ensure_raw_search_table(log) -> int:
    """``bench_fts``: one tsvector per page from the search index's text, with a GIN index.

    The same words the database search backend indexed, so the raw query searches the
    same documents; weights A (title) and B (body) as the backend uses.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_fts') IS NOT NULL")
        exists = cursor.fetchone()[0]
        if exists:
            cursor.execute("SELECT count(*) FROM bench_fts")
            rows = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
            if rows >= cursor.fetchone()[0] * 0.9:
                return rows
            cursor.execute("DROP TABLE bench_fts")
        log("building bench_fts (raw full-text floor) …")
        cursor.execute(
            """
            CREATE TABLE bench_fts AS
            SELECT p.id AS page_id,
                   setweight(to_tsvector('danish', e.title_text), 'A')
                   || setweight(to_tsvector('danish', e.body_text), 'B') AS doc
            FROM wagtailsearch_indexentry e
            JOIN wagtailcore_page p
              ON p.id::text = e.object_id AND p.content_type_id = e.content_type_id
            """
        )
        cursor.execute("CREATE INDEX bench_fts_doc_gin ON bench_fts USING gin (doc)")
        cursor.execute("CREATE INDEX bench_fts_page ON bench_fts (page_id)")
        cursor.execute("ANALYZE bench_fts")
        cursor.execute("SELECT count(*) FROM bench_fts")
        return cursor.fetchone()[0]


def _screen(key: str, news_limit: int, activity_limit: int):
    from core.models import Topic
    from screens.models import Screen

    screen, _created = Screen.objects.update_or_create(
        key=key,
        defaults={
            "name": f"Bench {key}",
            "location": "Benchmark",
            "news_limit": news_limit,
            "activity_limit": activity_limit,
            "activity_days": 14,
            "show_association_news": True,
            "show_renovation_disruptions": True,
            # Always on, whatever the time of day the bench runs.
            "active_from": None,
            "active_until": None,
        },
    )
    screen.news_topics.set(Topic.objects.filter(locale_id=screen.locale_id))
    return screen


def ensure_screens(herd_keys: int) -> None:
    from screens.models import Screen

    for key, (news, activities) in BENCH_TOPIC_SCREENS.items():
        _screen(key, news, activities)
    existing = set(
        Screen.objects.filter(key__startswith=HERD_PREFIX).values_list("key", flat=True)
    )
    for number in range(herd_keys):
        key = f"{HERD_PREFIX}{number:03d}"
        if key not in existing:
            _screen(key, 5, 10)


def ensure_bookings(log) -> int:
    """The bench facility and its ``BENCH_BOOKINGS`` approved bookings (returns its page id).

    Written in bulk, not through ``booking.services`` (5,000 requests would take minutes);
    the slots never overlap, so the database's exclusion constraint holds.
    """
    import datetime as dt

    from django.db import transaction
    from django.utils import timezone

    from associations.models import AssociationPage
    from booking.models import BookableHours, BookableRoom, Booking, BookingSlot, Status
    from booking.rules import local
    from facilities.models import FacilityIndexPage, FacilityPage, FacilityRoom

    facility = FacilityPage.objects.filter(slug=BENCH_FACILITY_SLUG).first()
    if facility is None:
        index = FacilityIndexPage.objects.live().first()
        facility = index.add_child(
            instance=FacilityPage(
                title="Bench-hallen",
                slug=BENCH_FACILITY_SLUG,
                address="Benchvej 1",
                summary="Fire sale til benchmarkens bookinger.",
            )
        )
        for number in range(4):
            room = FacilityRoom.objects.create(facility=facility, name=f"Sal {number + 1}")
            bookable = BookableRoom.objects.create(room=room, minimum_notice_days=0)
            BookableHours.objects.bulk_create(
                BookableHours(room=bookable, weekday=day, start=dt.time(8), end=dt.time(22))
                for day in range(7)
            )
    rooms = list(BookableRoom.objects.filter(room__facility=facility).order_by("pk"))
    today = timezone.localdate()
    slots = BookingSlot.objects.filter(room__in=rooms, status=Status.APPROVED)
    newest = slots.order_by("-start").values_list("start", flat=True).first()
    if slots.count() == BENCH_BOOKINGS and newest and newest.date() > today + dt.timedelta(28):
        return facility.pk
    log(f"writing {BENCH_BOOKINGS} bookings for {facility.title}")
    associations = list(AssociationPage.objects.live().order_by("pk")[:20])
    first_day = today - dt.timedelta(weeks=26)
    combos = [
        (first_day + dt.timedelta(days=offset), room, hour)
        for offset in range(7 * 52)
        for room in rooms
        for hour in range(8, 22, 2)
        if (offset + room.pk + hour // 2) % 2 == 0
    ][:BENCH_BOOKINGS]
    with transaction.atomic():
        Booking.objects.filter(room__in=rooms).delete()
        bookings = Booking.objects.bulk_create(
            Booking(
                room=room,
                association=associations[number % len(associations)],
                first_date=day,
                start_time=dt.time(hour),
                end_time=dt.time(hour + 2),
                status=Status.APPROVED,
            )
            for number, (day, room, hour) in enumerate(combos)
        )
        BookingSlot.objects.bulk_create(
            BookingSlot(
                booking=booking,
                room=booking.room,
                start=local(booking.first_date, booking.start_time),
                end=local(booking.first_date, booking.end_time),
                status=Status.APPROVED,
            )
            for booking in bookings
        )
    return facility.pk


BENCH_EDITOR = "bench-editor"


def editor_cookie() -> str:
    """``sessionid=…`` of a signed-in, two-factor-verified bench superuser, for the admin
    scenarios (explorer, editor). A new session each run; the user exists in bench
    databases only."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_EDITOR,
        defaults={"is_staff": True, "is_superuser": True, "email": "bench@example.invalid"},
    )
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[DEVICE_ID_SESSION_KEY] = device.persistent_id
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


#: Page types the bench renders in scenarios of their own (home_render, news_article_render,
#: activity_index_render); page_type_urls leaves them out.
RENDERED_ON_THEIR_OWN = {"home.HomePage", "news.NewsArticlePage", "activities.ActivityIndexPage"}


def page_type_urls() -> dict[str, dict]:
    """One public Danish page of every other page type: the newest (label → URL, name).

    Issue #20 asks for every uncached page type's p95 at 100k against 1k; on the large
    database the newest page of a type is a synthetic one among thousands of its kind.
    """
    from wagtail.models import Locale, get_page_models

    danish = Locale.get_default()
    urls = {}
    for model in get_page_models():
        label = model._meta.label
        if model._meta.abstract or label == "wagtailcore.Page" or label in RENDERED_ON_THEIR_OWN:
            continue
        page = model.objects.live().public().filter(locale=danish).order_by("-pk").first()
        if page is not None and page.url:
            urls[label] = {"url": page.url, "name": str(model._meta.verbose_name)}
    return urls


def facts() -> dict:
    """URLs the scenarios request, picked from the database."""
    from activities.models import ActivityIndexPage
    from news.models import NewsArticlePage
    from screens.feed import build_feed
    from screens.models import Screen

    article = NewsArticlePage.objects.live().public().order_by("-date", "-pk").first()
    activities = ActivityIndexPage.objects.live().first()
    screen = Screen.objects.filter(key=f"{HERD_PREFIX}000").first()
    from news.models import NewsIndexPage

    news_index = NewsIndexPage.objects.live().first()
    return {
        "page_type_urls": page_type_urls(),
        "news_url": article.url if article else None,
        "news_article_id": article.pk if article else None,
        "news_index_id": news_index.pk if news_index else None,
        "activity_index_url": activities.url if activities else None,
        "editor_cookie": editor_cookie(),
        # B0/B1 send a body of this size; building it also makes the slide renditions.
        "feed_bytes": len(build_feed(screen).body()) if screen else None,
    }


def prepare(target: int, herd_keys: int, index: bool, quick: bool = False) -> dict:
    """Top up, index, screens, bookings, VACUUM ANALYZE; with ``quick`` (``bench.run
    --reuse``) only the screens and the facts of a database prepared before."""

    def log(message):
        print(f"[dbsetup] {message}", file=sys.stderr, flush=True)

    if quick:
        from facilities.models import FacilityPage

        ensure_screens(max(1, herd_keys))
        facility = FacilityPage.objects.filter(slug=BENCH_FACILITY_SLUG).first()
        return {
            "pages": page_count(),
            "booking_facility": facility.pk if facility else None,
            **facts(),
        }
    pages = top_up(target, log)
    result = {"pages": pages}
    if index:
        result["search_index"] = ensure_search_index(log)
        result["bench_fts_rows"] = ensure_raw_search_table(log)
    ensure_screens(max(1, herd_keys))
    result["booking_facility"] = ensure_bookings(log)
    # Fresh statistics and visibility map after bulk inserts (autovacuum gets there later).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    result.update(facts())
    return result


def prepare_bookings() -> dict:
    """For ``bench.booking``: a small database with just the demo (for the facility index
    and the associations; ``seed_demo`` once) and the bench facility's ``BENCH_BOOKINGS``
    approved bookings."""
    from django.core.management import call_command

    from booking.models import BookingSlot
    from facilities.models import FacilityIndexPage

    def log(message):
        print(f"[dbsetup] {message}", file=sys.stderr, flush=True)

    if not FacilityIndexPage.objects.live().exists():
        log("seeding the demo (once)")
        call_command("seed_demo", "--small-images", stdout=sys.stderr)
    facility = ensure_bookings(log)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return {
        "booking_facility": facility,
        "pages": page_count(),
        "booking_slots": BookingSlot.objects.count(),
    }


def publish(marker: str) -> dict:
    """Publish a changed title on the newest news article the bench screens show."""
    from django.utils import timezone

    from news.models import NewsArticlePage
    from screens.feed import news_slides
    from screens.models import Screen

    screen = Screen.objects.get(key=f"{HERD_PREFIX}000")
    first = news_slides(screen, timezone.now(), [])[0]
    page = NewsArticlePage.objects.get(pk=int(first.id.removeprefix("news-")))
    page.title = f"{page.title.split(' [')[0]} [{marker}]"
    if hasattr(page, "screen_title") and page.screen_title:
        page.screen_title = f"{page.screen_title.split(' [')[0]} [{marker}]"
    started = time.time()
    page.save_revision().publish()
    return {
        "page_id": page.pk,
        "published_at": time.time(),
        "publish_seconds": time.time() - started,
    }


def publish_timings(count: int) -> dict:
    """Publish ``count`` new revisions of the bench screens' newest article, one after the
    other, as an editor's "Publish" does (revision, publish, signals, search index, cache
    invalidation): seconds each."""
    seconds = []
    for number in range(count):
        seconds.append(publish(f"publish-{number}")["publish_seconds"])
    return {"publish_seconds": seconds}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare")
    prep.add_argument("--target", type=int, required=True)
    prep.add_argument("--herd-keys", type=int, default=0)
    prep.add_argument("--index", action="store_true")
    prep.add_argument("--quick", action="store_true", help="screens and facts only")
    pub = sub.add_parser("publish")
    pub.add_argument("marker")
    timings = sub.add_parser("publish-timings")
    timings.add_argument("count", type=int)
    sub.add_parser("bookings", help="the demo and the bench facility's bookings only")
    args = parser.parse_args(argv)
    _setup()
    if args.command == "bookings":
        result = prepare_bookings()
    elif args.command == "prepare":
        result = prepare(args.target, args.herd_keys, args.index, quick=args.quick)
    elif args.command == "publish-timings":
        result = publish_timings(args.count)
    else:
        result = publish(args.marker)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
