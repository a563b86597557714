"""Checks of the Danish demo content (the data files in demo/data/) and the image generator.

No database or Django settings are needed:
``pytest tests/demo/test_data.py -p no:django``.
"""

import io
import re
from collections import Counter

import pytest
from PIL import Image

from core.readability import lix, text_from_html
from core.validators import is_valid_cvr
from demo.datafiles import load
from demo.drawing import make_image, make_logo


def entries(name: str, kind: str | None = None) -> list[dict]:
    """The ``[[kind]]`` tables of ``demo/data/<name>.toml`` as the seed reads them."""
    return load(name).data[kind or name]


class data:
    """The demo content by kind. Optional keys may be left out of a data file."""

    TOPICS = entries("taxonomy", "topics")
    AUDIENCES = entries("taxonomy", "audiences")
    CONTACTS = entries("taxonomy", "contacts")
    FACILITIES = entries("facilities")
    ASSOCIATIONS = entries("associations")
    NEWS = entries("news")
    ACTIVITIES = entries("activities")
    RENOVATIONS = entries("renovations")
    GUIDES = entries("guides")
    STANDARD_PAGES = entries("pages")
    SCREENS_MANUAL_SLIDES = entries("screens", "slides")
    HOME = load("site").data["home"]
    ALERT = load("screens").data["alert"]
    __all__ = [
        "TOPICS",
        "AUDIENCES",
        "CONTACTS",
        "FACILITIES",
        "ASSOCIATIONS",
        "NEWS",
        "ACTIVITIES",
        "RENOVATIONS",
        "GUIDES",
        "STANDARD_PAGES",
        "SCREENS_MANUAL_SLIDES",
        "HOME",
        "ALERT",
    ]


def blocks(item: dict) -> list[tuple[str, object]]:
    """A page's body as (block type, value) pairs; each body table has one key, the type."""
    return [pair for block in item.get("body", []) for pair in block.items()]


SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TIME_RE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")

PAGE_LISTS = {
    "FACILITIES": data.FACILITIES,
    "ASSOCIATIONS": data.ASSOCIATIONS,
    "NEWS": data.NEWS,
    "ACTIVITIES": data.ACTIVITIES,
    "RENOVATIONS": data.RENOVATIONS,
    "GUIDES": data.GUIDES,
    "STANDARD_PAGES": data.STANDARD_PAGES,
}
SLUG_LISTS = {**PAGE_LISTS, "TOPICS": data.TOPICS, "AUDIENCES": data.AUDIENCES}

FACILITY_SLUGS = {f["slug"] for f in data.FACILITIES}
ASSOCIATION_SLUGS = {a["slug"] for a in data.ASSOCIATIONS}
TOPIC_SLUGS = {t["slug"] for t in data.TOPICS}
AUDIENCE_SLUGS = {a["slug"] for a in data.AUDIENCES}
CONTACT_KEYS = {c["key"] for c in data.CONTACTS}

# Section pages the seed creates under the home page; standard pages must not clash.
SECTION_SLUGS = {
    "nyheder",
    "aktiviteter",
    "renoveringer",
    "foreninger",
    "foreningsguider",
    "lokaler",
}


@pytest.fixture(autouse=True)
def _clear_cache():
    """Override the suite-wide cache fixture: these tests need no Django settings."""
    yield


def walk(obj):
    """Yield every dict nested anywhere in ``obj`` (lists, tuples, dicts)."""
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from walk(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            yield from walk(value)


def strings(obj):
    """Yield every string nested anywhere in ``obj``."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from strings(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            yield from strings(value)


# --- Counts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "minimum"),
    [
        ("TOPICS", 10),
        ("CONTACTS", 6),
        ("FACILITIES", 6),
        ("ASSOCIATIONS", 16),
        ("NEWS", 24),
        ("ACTIVITIES", 34),
        ("RENOVATIONS", 5),
        ("GUIDES", 7),
        ("STANDARD_PAGES", 3),
        ("SCREENS_MANUAL_SLIDES", 4),
    ],
)
def test_lists_meet_minimum_counts(name, minimum):
    assert len(getattr(data, name)) >= minimum


def test_audiences_are_exactly_the_six_agreed():
    assert [a["slug"] for a in data.AUDIENCES] == [
        "boern",
        "unge",
        "voksne",
        "seniorer",
        "familier",
        "alle",
    ]


# --- Slugs and references ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SLUG_LISTS))
def test_slugs_are_ascii_and_unique_per_list(name):
    slugs = [item["slug"] for item in SLUG_LISTS[name]]
    assert all(SLUG_RE.match(slug) for slug in slugs), slugs
    duplicates = [slug for slug, count in Counter(slugs).items() if count > 1]
    assert not duplicates


def test_page_slugs_are_unique_across_lists():
    slugs = Counter(item["slug"] for items in PAGE_LISTS.values() for item in items)
    assert not [slug for slug, count in slugs.items() if count > 1]


def test_standard_pages_do_not_clash_with_section_pages():
    slugs = {page["slug"] for page in data.STANDARD_PAGES}
    assert "tilgaengelighedserklaering" in slugs
    assert not slugs & SECTION_SLUGS


def test_contact_keys_are_unique_and_contacts_look_municipal():
    keys = [c["key"] for c in data.CONTACTS]
    assert len(keys) == len(set(keys))
    for contact in data.CONTACTS:
        assert contact["email"].endswith("@vallensbaek.dk"), contact
        assert re.fullmatch(r"43 97 \d\d \d\d", contact["phone"]), contact
        assert contact["name"] and contact["role"] and contact["hours"]


def test_facility_references_resolve():
    for activity in data.ACTIVITIES:
        assert activity.get("facility") in FACILITY_SLUGS | {None}, activity["slug"]
    for association in data.ASSOCIATIONS:
        assert association.get("meeting_place") in FACILITY_SLUGS | {None}, association["slug"]


def test_association_references_resolve():
    for item in [*data.NEWS, *data.ACTIVITIES]:
        assert item.get("association") in ASSOCIATION_SLUGS | {None}, item["slug"]


def test_topic_and_audience_references_resolve():
    for article in data.NEWS:
        assert article["topics"] and set(article["topics"]) <= TOPIC_SLUGS, article["slug"]
        assert article["audiences"] and set(article["audiences"]) <= AUDIENCE_SLUGS
    for activity in data.ACTIVITIES:
        assert activity["audiences"] and set(activity["audiences"]) <= AUDIENCE_SLUGS


def test_contact_references_resolve():
    for facility in data.FACILITIES:
        assert facility["booking_contact"] in CONTACT_KEYS, facility["slug"]
    for article in data.NEWS:
        assert article.get("contact") in CONTACT_KEYS | {None}, article["slug"]
    for item in [*data.RENOVATIONS, *data.GUIDES]:
        assert item["contact"] in CONTACT_KEYS, item["slug"]


# --- Text --------------------------------------------------------------------------


def test_every_image_has_a_label_and_alt_text():
    everything = [getattr(data, name) for name in data.__all__]
    images = [node["image"] for node in walk(everything) if "image" in node]
    images = [image for image in images if image is not None]
    pages_with_images = [data.FACILITIES, data.NEWS, data.ACTIVITIES, data.RENOVATIONS]
    assert len(images) > sum(len(items) for items in pages_with_images)
    for image in images:
        assert image["label"].strip(), image
        assert image["alt"].strip(), image
        assert image["alt"].strip() != image["label"].strip(), image


def test_summaries_are_short():
    for items in PAGE_LISTS.values():
        for item in items:
            assert item["summary"].strip(), item["slug"]
            assert len(item["summary"]) <= 300, item["slug"]
    for association in data.ASSOCIATIONS:
        assert len(association["summary"]) <= 200, association["slug"]


def test_texts_are_danish_without_placeholders():
    text = "\n".join(strings([getattr(data, name) for name in data.__all__]))
    assert "lorem" not in text.lower()
    assert re.search(r"[æøå]", text)
    # Common English words would be a sign of untranslated text.
    assert not re.search(r"\b(the|and|with|please|click here)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("name", sorted(PAGE_LISTS))
def test_texts_are_easy_to_read(name):
    """Plain language: the LIX of all running text in a list is below 40."""
    skip = {"slug", "email", "phone", "website", "url", "booking_url", "registration_url"}
    texts = [
        value
        for node in walk(PAGE_LISTS[name])
        for key, value in node.items()
        if isinstance(value, str) and key not in skip and len(value) > 40
    ]
    texts += [
        value
        for item in PAGE_LISTS[name]
        for block_type, value in blocks(item)
        if block_type == "paragraph"
    ]
    assert texts
    # The editor's own LIX meter (core.readability), on the text as a reader sees it.
    assert lix(text_from_html("\n".join(texts))).score < 40


# --- Facilities ------------------------------------------------------------------------


def test_facilities_have_rooms_and_opening_times():
    days = {
        "weekdays",
        "weekends",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
    for facility in data.FACILITIES:
        assert re.fullmatch(r"\d{4}", facility["postcode"])
        assert facility["address"] and facility["city"]
        assert facility["description"].count("\n\n") >= 1
        assert facility["booking_url"].startswith("https://booking.vallensbaek.dk/")
        assert 1 <= len(facility["rooms"]) <= 4
        for room in facility["rooms"]:
            assert room["name"] and room["capacity"] > 0 and room["accessibility"]
        assert facility["availability"]
        for slot in facility["availability"]:
            assert slot["days"] in days
            assert TIME_RE.match(slot["start"]) and TIME_RE.match(slot["end"])
            assert slot["start"] < slot["end"]


# --- Associations ----------------------------------------------------------------------


def test_associations_are_varied_and_mostly_active():
    categories = {
        "sport",
        "culture",
        "social",
        "children_youth",
        "seniors",
        "nature",
        "health",
        "other",
    }
    used = {association["category"] for association in data.ASSOCIATIONS}
    assert used <= categories
    assert len(used) >= 6
    inactive = [a for a in data.ASSOCIATIONS if not a["active"]]
    assert 1 <= len(inactive) <= 2
    for association in data.ASSOCIATIONS:
        assert association["description"].count("\n\n") >= 1, association["slug"]
        assert 1 <= len(association["logo_initials"]) <= 3
        assert association["membership_info"]
        if association["website"]:
            assert association["website"].startswith("https://")


def test_cvr_numbers_pass_modulus_11():
    cvrs = [a["cvr"] for a in data.ASSOCIATIONS if a.get("cvr") is not None]
    assert len(cvrs) >= 8
    assert len(cvrs) == len(set(cvrs))
    for cvr in cvrs:
        assert is_valid_cvr(cvr), cvr


# --- News ------------------------------------------------------------------------------

BLOCK_TYPES = {"paragraph", "heading", "quote", "fact_box", "call_to_action"}


def check_body(body, label):
    for block_type, value in body:
        assert block_type in BLOCK_TYPES, label
        if block_type in {"paragraph", "heading"}:
            assert isinstance(value, str) and value.strip(), label
        elif block_type == "quote":
            assert value["quote"].strip(), label
            assert len(value["attribution"]) <= 120, label
        elif block_type == "fact_box":
            assert value["title"] and len(value["title"]) <= 120, label
            assert value["items"], label
            assert all(len(item) <= 250 for item in value["items"]), label
        elif block_type == "call_to_action":
            assert value["text"] and len(value["text"]) <= 120, label
            # One of our own pages by its path, or an external address.
            assert value.get("page") or value["url"].startswith("https://"), label


def test_news_articles_are_well_formed():
    for article in data.NEWS:
        assert -120 <= article["date_offset_days"] <= 0, article["slug"]
        assert 3 <= len(blocks(article)) <= 7, article["slug"]
        check_body(blocks(article), article["slug"])
    block_types = {block_type for article in data.NEWS for block_type, _ in blocks(article)}
    assert block_types == BLOCK_TYPES


def test_some_news_is_featured_and_some_written_by_associations():
    featured = [a for a in data.NEWS if a["featured"]]
    assert 3 <= len(featured) <= 4
    by_associations = [a for a in data.NEWS if a.get("association")]
    assert len(by_associations) >= 4


# --- Activities ------------------------------------------------------------------------


def test_activities_have_consistent_times_and_places():
    for activity in data.ACTIVITIES:
        slug = activity["slug"]
        assert -10 <= activity["start_offset_days"] <= 90, slug
        assert TIME_RE.match(activity["start_time"]), slug
        assert activity["duration_minutes"] > 0, slug
        if activity["all_day"]:
            assert activity["start_time"] == "00:00", slug
            assert activity["duration_minutes"] % 1440 == 0, slug
        if activity.get("facility"):
            assert activity["address"] == "", slug
        else:
            assert activity["address"].strip(), slug
        if not activity.get("association"):
            assert activity["department"].strip(), slug
        if activity["is_free"]:
            assert activity["price_text"] == "", slug
        else:
            assert activity["price_text"].strip(), slug
        deadline = activity.get("registration_deadline_offset_days")
        if deadline is not None:
            assert activity["registration_url"].startswith("https://"), slug
            assert deadline <= activity["start_offset_days"], slug
        assert activity["accessibility_info"].strip(), slug
        assert len(activity["accessibility_info"]) <= 500, slug


def test_recurring_activities_have_an_end_and_valid_exclusions():
    steps = {"weekly": 7, "biweekly": 14}
    recurring = [a for a in data.ACTIVITIES if a.get("recurrence")]
    assert len(recurring) >= 8
    for activity in data.ACTIVITIES:
        slug = activity["slug"]
        assert activity.get("recurrence") in {None, "weekly", "biweekly", "monthly"}, slug
        if not activity.get("recurrence"):
            assert activity.get("until_offset_days") is None, slug
            assert not activity["excluded_offsets_days"], slug
            continue
        until = activity["until_offset_days"]
        assert until is not None and until > activity["start_offset_days"], slug
        for excluded in activity["excluded_offsets_days"]:
            assert activity["start_offset_days"] < excluded <= until, slug
            step = steps.get(activity["recurrence"])
            assert step, f"{slug}: exclusions only for weekly or biweekly activities"
            assert (excluded - activity["start_offset_days"]) % step == 0, slug
    assert any(a["excluded_offsets_days"] for a in recurring)


def test_many_activities_are_organised_by_associations():
    assert len([a for a in data.ACTIVITIES if a.get("association")]) >= 12
    assert any(a["start_offset_days"] < 0 for a in data.ACTIVITIES)


# --- Renovations -----------------------------------------------------------------------


def test_renovation_statuses_are_spread():
    statuses = Counter(project["status"] for project in data.RENOVATIONS)
    assert set(statuses) == {"planned", "in_progress", "paused", "completed"}
    assert statuses["in_progress"] >= 2


def test_renovations_are_well_formed():
    for project in data.RENOVATIONS:
        slug = project["slug"]
        assert project["planned_start_offset_days"] < project["planned_end_offset_days"], slug
        assert project["expected_end_offset_days"] >= project["planned_end_offset_days"], slug
        assert 2 <= len(project["phases"]) <= 5, slug
        for phase in project["phases"]:
            assert phase["status"] in {"not_started", "in_progress", "done"}, slug
            assert phase["start_offset_days"] <= phase["end_offset_days"], slug
        assert len(project["disruptions"]) <= 3, slug
        for disruption in project["disruptions"]:
            assert disruption["kind"] in {"noise", "closure", "parking", "access", "other"}
            assert disruption["from_offset_days"] <= disruption["to_offset_days"], slug
            assert disruption["affected"] and disruption["description"], slug
        updates = project["updates"]
        assert len(updates) >= 3, slug
        offsets = [update["date_offset_days"] for update in updates]
        assert offsets == sorted(offsets), slug
        assert all(offset <= 0 for offset in offsets), slug
        if project["status"] == "completed":
            assert all(phase["status"] == "done" for phase in project["phases"]), slug
        if project["status"] == "planned":
            assert all(phase["status"] == "not_started" for phase in project["phases"]), slug


def test_some_renovations_are_late_and_some_disruptions_are_current():
    assert any(
        p["expected_end_offset_days"] > p["planned_end_offset_days"] for p in data.RENOVATIONS
    )
    assert any(
        d["from_offset_days"] <= 0 <= d["to_offset_days"]
        for p in data.RENOVATIONS
        for d in p["disruptions"]
    )


# --- Guides, pages, home, screens and alert --------------------------------------------


def test_guides_have_steps_and_some_are_overdue():
    for guide in data.GUIDES:
        assert 3 <= len(guide["steps"]) <= 6, guide["slug"]
        assert guide["review_interval_months"] > 0
        for step in guide["steps"]:
            assert step["title"] and len(step["title"]) <= 150, guide["slug"]
            assert step["body"].strip(), guide["slug"]
            assert all(len(item) <= 250 for item in step["checklist"]), guide["slug"]
    overdue = [
        g
        for g in data.GUIDES
        if -g["last_reviewed_offset_days"] > g["review_interval_months"] * 365 / 12
    ]
    assert 1 <= len(overdue) < len(data.GUIDES)


def test_standard_pages_have_bodies():
    for page in data.STANDARD_PAGES:
        assert page["body"], page["slug"]
        check_body(blocks(page), page["slug"])


def test_home_screens_and_alert():
    assert data.HOME["title"] == "Vallensbæk Kommune"
    assert 0 < len(data.HOME["hero_title"]) <= 120
    assert 0 < len(data.HOME["hero_text"]) <= 400
    assert data.HOME["image"]["alt"].strip()
    for slide in data.SCREENS_MANUAL_SLIDES:
        assert slide["title"] and 0 < len(slide["text"]) <= 140, slide
        assert slide.get("page") or slide["url"].startswith("https://")
        assert slide["start_offset_days"] <= 0 < slide["end_offset_days"]
    assert data.ALERT["message"].strip()
    assert data.ALERT["severity"] == "warning"


# --- Images ----------------------------------------------------------------------------


def test_make_image_is_deterministic_jpeg_of_the_asked_size():
    first = make_image("Renovering af Pilegårdsskolens idrætshal", "renovering-1")
    second = make_image("Renovering af Pilegårdsskolens idrætshal", "renovering-1")
    assert first == second
    image = Image.open(io.BytesIO(first))
    assert image.format == "JPEG"
    assert image.size == (1600, 900)
    image.verify()


def test_make_image_depends_on_key_and_supports_other_sizes_and_formats():
    assert make_image("Ældre og ønsker", "a") != make_image("Ældre og ønsker", "b")
    small = Image.open(io.BytesIO(make_image("Åbent hus – alle er velkomne", "x", (320, 180))))
    assert small.size == (320, 180)
    png = Image.open(io.BytesIO(make_image("Kort", "y", (400, 300), fmt="PNG")))
    assert png.format == "PNG" and png.size == (400, 300)
    # A very long label must still render without errors.
    make_image("Ny " * 60, "long", (640, 360))


def test_make_logo_is_a_deterministic_round_png():
    first = make_logo("VB", "vallensbaek-badmintonklub")
    assert first == make_logo("VB", "vallensbaek-badmintonklub")
    logo = Image.open(io.BytesIO(first))
    assert logo.format == "PNG"
    assert logo.size == (400, 400)
    assert logo.mode == "RGBA"
    assert logo.getpixel((0, 0))[3] == 0  # transparent corner
    assert logo.getpixel((200, 200))[3] == 255  # solid centre
    assert Image.open(io.BytesIO(make_logo("ØK", "x", size=96))).size == (96, 96)
