"""Every public output agrees on what ``listable()`` allows, for the same edge-case pages.

One news article, one activity and one honoured volunteer per case; each output is read the
way its users read it (HTML, JSON, RSS, iCal, the screen feed) and must show exactly the
visible ones. "rescheduled" is a live page whose editor scheduled a change for tomorrow: its
current version stays public everywhere, under its current title.

The pages are built once for the module (``world_ids``); the outputs only read them, and each
test gets fresh instances (``world``).
"""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from core.factories import TopicFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from recognition.models import Nomination
from screens.factories import ScreenFactory
from tests.db_support import fetched, object_ids, rows_kept_for
from tests.search.conftest import reindex
from tests.visibility import HIDDEN, reschedule_live_page

pytestmark = pytest.mark.django_db

#: Each case's word, in every title it gives: "<word> i Strandparken".
WORDS = {
    "visible": "Solsikke",
    "rescheduled": "Kastanje",
    "draft": "Birketræ",
    "expired": "Egetræ",
    "login_restricted": "Hyldebær",
    "password_restricted": "Ahorn",
    "scheduled": "Bøgeskov",
    "live_before_go_live": "Lindetræ",
}
SHOWN = {"visible", "rescheduled"}
assert set(WORDS) == SHOWN | set(HIDDEN), "a new case in tests.visibility needs a word here"


def slug(kind: str) -> str:
    return kind.replace("_", "-")


@pytest.fixture(scope="module")
def world_ids(django_db_setup, django_db_blocker):
    """The world as ``(model, pk)`` pairs, built once and rolled back after the module."""
    with rows_kept_for(django_db_blocker):
        built = build_world()
        yield {
            "pages": {
                kind: object_ids(dict(enumerate(pair))) for kind, pair in built["pages"].items()
            },
            "objects": object_ids(
                {"association": built["association"], "screen": built["screen"]}
            ),
            "start": built["start"],
        }


@pytest.fixture
def world(db, world_ids):
    """Fresh instances of the world's pages, association and screen."""
    pages = {kind: tuple(fetched(ids).values()) for kind, ids in world_ids["pages"].items()}
    return {"pages": pages, **fetched(world_ids["objects"]), "start": world_ids["start"]}


def build_world():
    home = home_for_default_site(title="Vallensbæk Kommune")
    topic = TopicFactory(name="Natur", slug="natur")
    news_index = NewsIndexPageFactory(parent=home, slug="nyheder")
    activity_index = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    association_index = AssociationIndexPageFactory(parent=home, slug="foreninger")
    association = AssociationPageFactory(
        parent=association_index, title="Strandparkens Venner", slug="venner"
    )
    screen = ScreenFactory(key="raadhus-foyer", news_limit=50, activity_limit=50)
    screen.news_topics.set([topic])
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=2)

    pages = {}
    for kind, word in WORDS.items():
        article = NewsArticlePageFactory(
            parent=news_index, title=f"{word} i Strandparken", slug=f"nyhed-{slug(kind)}"
        )
        article.topics.set([topic])
        activity = ActivityPageFactory(
            parent=activity_index,
            title=f"{word} i Strandparken",
            slug=f"aktivitet-{slug(kind)}",
            start=start,
            end=start + dt.timedelta(hours=2),
        )
        for page in (article, activity):
            page.save_revision().publish()
            page.refresh_from_db()
        Nomination.objects.create(
            nominee_name=f"Ildsjæl {word}",
            association=association,
            reason="Passer på træerne.",
            nominator_name="Jens",
            nominator_email="jens@example.com",
            year=2026,
            status=Nomination.Status.WINNER,
            celebration_page=article,
            # Consented, so only the celebration page's state decides (recognition.models).
            nominee_consent_at=timezone.now(),
        )
        pages[kind] = (article, activity)

    for kind, (article, activity) in pages.items():
        for page in (article, activity):
            if kind == "rescheduled":
                reschedule_live_page(page, f"Ændret {WORDS[kind]}")
            elif kind in HIDDEN:
                HIDDEN[kind](page)
    reindex(*[page for pair in pages.values() for page in pair])
    return {"pages": pages, "association": association, "screen": screen, "start": start}


def text(response) -> str:
    """The body as text; JSON re-encoded so "æ" is not "\\u00e6"."""
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return body(response)


def body(response) -> str:
    if response.get("Content-Type", "").startswith(("application/json", "application/problem")):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def shown_words(content: str) -> set[str]:
    """The cases whose word appears in ``content``."""
    return {kind for kind, word in WORDS.items() if re.search(rf"\b{word}\b", content)}


# Each output as its users read it: everything it shows, as one string. -------------------


def website_listings(client, world):
    return text(client.get("/nyheder/")) + text(client.get("/aktiviteter/"))


def website_pages(client, world):
    # A restricted page answers with a login redirect or the password form: no content.
    return "".join(
        client.get(page.url).content.decode() for pair in world["pages"].values() for page in pair
    )


def api_listings(client, world):
    items = []
    for page_type in ("news.NewsArticlePage", "activities.ActivityPage"):
        response = client.get("/api/v3/pages/", {"type": page_type, "limit": 50})
        items += response.json()["items"]
    return " ".join(item["title"] for item in items)


def api_details(client, world):
    return "".join(
        body(client.get(f"/api/v3/pages/{page.pk}/"))
        for pair in world["pages"].values()
        for page in pair
    )


def api_occurrences(client, world):
    day = timezone.localtime(world["start"]).date().isoformat()
    response = client.get("/api/v3/activities/occurrences/", {"from": day, "to": day})
    return text(response)


def search_page(client, world):
    return text(client.get("/soeg/", {"q": "strandparken"}))


def search_api(client, world):
    return text(client.get("/api/v3/search/", {"q": "strandparken", "limit": 50}))


def sitemap(client, world):
    # The sitemap lists addresses, not titles: map each case's slug back to its word.
    content = text(client.get("/sitemap.xml"))
    return " ".join(WORDS[kind] for kind in WORDS if f"nyhed-{slug(kind)}/" in content)


def rss(client, world):
    return text(client.get("/feeds/nyheder/"))


def ical(client, world):
    calendar = Calendar.from_ical(client.get("/feeds/aktiviteter.ics").content)
    return " ".join(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


def screen_feed(client, world):
    return text(client.get("/api/v3/screens/raadhus-foyer/feed/"))


def recognition(client, world):
    return text(client.get(world["association"].url))


OUTPUTS = {
    "website listings": website_listings,
    "website pages": website_pages,
    "api listings": api_listings,
    "api details": api_details,
    "api occurrences": api_occurrences,
    "search page": search_page,
    "search api": search_api,
    "sitemap": sitemap,
    "rss": rss,
    "ical": ical,
    "screen feed": screen_feed,
    "recognition": recognition,
}


@pytest.mark.parametrize("read", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_every_output_shows_exactly_the_listable_pages(client, world, read):
    assert shown_words(read(client, world)) == SHOWN


@pytest.mark.parametrize("read", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_a_rescheduled_live_page_keeps_its_current_version_until_the_new_one_is_due(
    client, world, read
):
    assert "Ændret" not in read(client, world)
