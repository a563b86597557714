"""Every relative link in README.md and docs/*.md points to a file that exists, and every
#anchor to a heading in it (GitHub's heading ids), so moving a section never leaves a dead link.
"""

import re
from functools import cache
from pathlib import Path

import pytest

from tests.source_tree import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
EXTERNAL = ("http://", "https://", "mailto:")


def prose(path: Path) -> str:
    """The page without code blocks, where `# comments` and `[x](y)` are not Markdown."""
    return FENCE.sub("", path.read_text())


def slug(heading: str) -> str:
    """GitHub's id for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@cache
def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    ids = set()
    for heading in HEADING.findall(prose(path)):
        base = slug(heading)
        ids.add(f"{base}-{seen[base]}" if base in seen else base)
        seen[base] = seen.get(base, 0) + 1
    return ids


def relative_links(path: Path) -> list[str]:
    return [
        target
        for target in LINK.findall(CODE_SPAN.sub("", prose(path)))
        if not target.startswith(EXTERNAL)
    ]


def broken_links(path: Path) -> list[str]:
    broken = []
    for target in relative_links(path):
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists() or not linked.is_relative_to(ROOT):
            broken.append(f"{target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target} (no heading #{anchor} in {linked.relative_to(ROOT)})")
    return broken


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_relative_links_resolve(page):
    assert not broken_links(page)


def test_headings_get_github_ids():
    assert slug("Security audit (`make audit`)") == "security-audit-make-audit"
    assert slug('Info screens ("infoskærme")') == "info-screens-infoskærme"
    assert slug("The API rate limiter's cost") == "the-api-rate-limiters-cost"


def test_the_pages_link_to_each_other():
    # The checks above mean little if no link is found: every docs page is reachable.
    linked = {
        (page.parent / target.partition("#")[0]).resolve()
        for page in PAGES
        for target in relative_links(page)
    }
    assert set(PAGES[1:]) <= linked
