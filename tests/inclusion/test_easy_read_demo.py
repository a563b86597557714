"""The demo's easy-read versions (let dansk): on a news item, a guide, a renovation and a hearing, LIX <= 30."""

import pytest

from core.models.easy_read import EASY_READ_LIX_TARGET
from core.readability import lix, text_from_html
from demo.datafiles import load
from demo.text import rich_text

KINDS = {
    "news": "news",
    "guides": "guides",
    "renovations": "renovations",
    "hearings": "hearings",
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_kind_has_an_easy_read_version_within_the_target(name):
    entries = [entry for entry in load(name).entries(KINDS[name]) if entry.get("easy_read")]

    assert entries, f"no easy-read version in demo/data/{name}.toml"
    for entry in entries:
        # As the page stores it and the editor's meter scores it.
        score = lix(text_from_html(rich_text(entry["easy_read"]))).score
        assert round(score) <= EASY_READ_LIX_TARGET, (entry["slug"], score)
