"""A mistake in a data file stops ``seed_demo`` with an error naming the file and the entry.

Each test copies demo/data/ to a temporary folder, breaks one thing the way a person editing
the files might, and seeds from it: the error says where, and nothing is left behind.
"""

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from core.models import Contact, Topic
from demo.datafiles import DATA_DIR

pytestmark = pytest.mark.django_db


def broken_data(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the demo data with ``old`` replaced by ``new`` in ``<name>.toml``."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    path = data_dir / f"{name}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the demo data changed; {old!r} is not in {name}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data_dir


def media_files() -> set[Path]:
    return {path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()}


def seed_error(data_dir: Path, language: str = "en") -> str:
    with translation.override(language), pytest.raises(CommandError) as raised:
        call_command("seed_demo", "--small-images", "--data-dir", str(data_dir), verbosity=0)
    return str(raised.value)


def assert_nothing_was_left_behind(pages_before: int, files_before: set[Path]) -> None:
    assert Page.objects.count() == pages_before
    assert not get_image_model().objects.exists()
    assert not Collection.objects.filter(name="Demoindhold").exists()
    assert not Topic.objects.exists() and not Contact.objects.exists()
    assert media_files() == files_before


CASES = {
    # Model validation (full_clean): a value outside the field's choices, in an inline row.
    "choice": (
        "facilities",
        'days = "weekdays"',
        'days = "hver dag"',
        ['facilities 1 "vallensbaek-raadhus"', "availability[1]", "days"],
    ),
    # StreamField block validation: the home page lists at most 12 items.
    "block": (
        "site",
        "latest_news.count = 4",
        "latest_news.count = 40",
        ["[home]", "body[1].count", "12"],
    ),
    # A block type the page's StreamField does not have.
    "block type": (
        "site",
        'latest_news.heading = "Seneste nyheder"\nlatest_news.count = 4',
        'latest_newz.heading = "Seneste nyheder"\nlatest_newz.count = 4',
        ["[home]", "unknown block type latest_newz"],
    ),
    # A misspelt optional key would otherwise be ignored without a word.
    "unknown key": (
        "facilities",
        'booking_contact = "kultur-og-fritid"',
        'booking_contakt = "kultur-og-fritid"',
        ['facilities 1 "vallensbaek-raadhus"', "unknown field(s): booking_contakt"],
    ),
    # A reference to a contact the data does not have.
    "reference": (
        "facilities",
        'booking_contact = "kultur-og-fritid"',
        'booking_contact = "kultur-og-fritd"',
        ['facilities 1 "vallensbaek-raadhus"', 'contacts: "kultur-og-fritd"'],
    ),
    # A page reference: the facility an association meets at, misspelt.
    "page reference": (
        "associations",
        'meeting_place = "idraetscenter-vallensbaek"',
        'meeting_place = "idraetscenter-valensbaek"',
        [
            'associations 1 "vallensbaek-badmintonklub"',
            'facilities: "idraetscenter-valensbaek" is not in the demo data',
        ],
    ),
    # A required key that is missing.
    "missing key": (
        "facilities",
        'title = "Vallensbæk Rådhus"\n',
        "",
        ['facilities 1 "vallensbaek-raadhus"', "title is missing"],
    ),
    # A NUL character: PostgreSQL cannot store it, SQLite could; refused on both.
    "NUL": (
        "facilities",
        'title = "Vallensbæk Rådhus"',
        'title = "Vallensbæk\\u0000Rådhus"',
        ["facilities[1].title contains a NUL character"],
    ),
    # A number far beyond what the database column holds.
    "huge number": (
        "facilities",
        "capacity = ",
        "capacity = 99999999999999999999",
        ['facilities 1 "vallensbaek-raadhus"', "rooms[1]", "capacity"],
    ),
    # Two entries naming their pictures alike: the library would have "Bliv besøgsven (2)".
    "picture title": (
        "activities",
        'image.label = "Bliv besøgsven"',
        'image.label = "Besøgsvenner søges"',
        ["Besøgsvenner søges", "already used by news/", "unique"],
    ),
    # Not TOML at all: the parser's message with its line number.
    "syntax": (
        "site",
        'site_name = "Vallensbæk Kommune"',
        'site_name = "Vallensbæk Kommune',
        ["not valid TOML", "line"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_broken_data_file_names_the_file_and_entry_and_saves_nothing(tmp_path, case):
    name, old, new, expected = CASES[case]
    data_dir = broken_data(tmp_path, name, old, new)
    pages_before, files_before = Page.objects.count(), media_files()

    message = seed_error(data_dir)

    assert message.startswith(f"{(data_dir / f'{name}.toml').as_posix()}"), message
    for part in expected:
        assert part in message, message
    assert message.endswith("Nothing was saved.")
    assert_nothing_was_left_behind(pages_before, files_before)


def test_a_broken_news_article_rolls_back_the_pages_made_before_it(tmp_path):
    """A mistake late in the run (news come after facilities and associations) undoes it all."""
    data_dir = broken_data(
        tmp_path,
        "news",
        'call_to_action.page = "indstil-en-ildsjael"',
        'call_to_action.url = "vallensbaek.dk frivilligpris"',
    )
    pages_before, files_before = Page.objects.count(), media_files()

    message = seed_error(data_dir)

    assert 'news 1 "indstil-en-ildsjael-til-frivilligprisen"' in message
    assert "body[6].url" in message
    assert_nothing_was_left_behind(pages_before, files_before)


def test_a_date_offset_beyond_the_calendar_is_an_error_of_its_entry(tmp_path):
    data_dir = broken_data(
        tmp_path, "news", "date_offset_days = -2", "date_offset_days = -99999999999"
    )
    pages_before, files_before = Page.objects.count(), media_files()

    message = seed_error(data_dir)

    assert 'news 1 "indstil-en-ildsjael-til-frivilligprisen"' in message
    assert_nothing_was_left_behind(pages_before, files_before)


def test_the_error_is_in_danish_for_a_danish_admin(tmp_path):
    data_dir = broken_data(
        tmp_path, "facilities", 'booking_contact = "kultur-og-fritid"', 'booking_kontakt = "x"'
    )
    message = seed_error(data_dir, language="da")
    assert 'facilities 1 "vallensbaek-raadhus"' in message
    assert "ukendte felter: booking_kontakt" in message


def test_the_unchanged_copy_seeds_without_error(tmp_path):
    """The cases above fail because of what they change, not because of the copy."""
    data_dir = broken_data(tmp_path, "site", "Vallensbæk Kommune", "Vallensbæk Kommune")
    call_command("seed_demo", "--small-images", "--data-dir", str(data_dir), verbosity=0)
    assert Page.objects.filter(slug="forside").exists()
