"""docs/configuration.md documents every environment variable the code reads (issue #13, item 6).

The variables are found in the code's syntax tree (tests/docs/env_reads.py), the documented ones
in the first column of the tables in docs/configuration.md, and .env.example must list them too.
"""

import re
from pathlib import Path

import pytest

from tests.docs.env_reads import ENV_MODULE, env_helpers, env_reads
from tests.source_tree import ROOT, python_files

DOC = ROOT / "docs" / "configuration.md"
ENV_EXAMPLE = ROOT / ".env.example"
SETTINGS = Path("cms", "settings")
# `NAME` in a table's first cell; a cell may name several ("`A`, `B`").
DOCUMENTED = re.compile(r"`([A-Z][A-Z0-9_]*)`")
# "NAME=value" or "# NAME=value" (commented out): the assignments of .env.example.
EXAMPLE_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=", re.M)


def documented_variables() -> set[str]:
    names = set()
    for line in DOC.read_text().splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            first_cell = line.split("|")[1]
            names.update(DOCUMENTED.findall(first_cell))
    return names


def example_variables() -> set[str]:
    return set(EXAMPLE_LINE.findall(ENV_EXAMPLE.read_text()))


def settings_reads():
    # env.py is the helpers themselves: it reads whatever name it is given.
    helpers = ENV_MODULE.relative_to(ROOT)
    return [
        read
        for path in python_files()
        if path.is_relative_to(SETTINGS) and path != helpers
        for read in env_reads(path)
    ]


def other_reads():
    return [
        read
        for path in python_files()
        if not path.is_relative_to(SETTINGS)
        for read in env_reads(path)
    ]


def missing(reads, documented: set[str]) -> list[str]:
    return sorted(
        {f"{read.name} (read at {read})" for read in reads if read.name not in documented}
    )


def test_the_scan_finds_the_settings_variables():
    # Guards the test below against a scan that silently finds nothing.
    assert {"env", "env_bool", "env_int", "env_list", "env_required"} <= env_helpers()
    names = {read.name for read in settings_reads()}
    assert {"SECRET_KEY", "DATABASE_URL", "AWS_S3_CUSTOM_DOMAIN", "SECURE_HSTS_PRELOAD"} <= names
    assert len(names) > 40


def test_settings_name_every_variable_literally():
    # A computed name (env(prefix + "URL")) would hide the variable from this check and readers.
    assert not [str(read) for read in settings_reads() if read.name is None]


def test_every_variable_read_in_settings_is_documented():
    undocumented = missing(settings_reads(), documented_variables())
    assert not undocumented, "Add to docs/configuration.md:\n" + "\n".join(undocumented)


def test_every_variable_read_elsewhere_is_documented():
    # bench/, ops/, manage.py and the test suite's own switches (FAULT_TESTS, CHROMIUM_PATH, …).
    reads = [read for read in other_reads() if read.name is not None]
    assert {read.name for read in reads} >= {"BACKUP_DIR", "FAULT_TESTS", "BENCH_PG"}
    undocumented = missing(reads, documented_variables())
    assert not undocumented, "Add to docs/configuration.md:\n" + "\n".join(undocumented)


def test_every_settings_variable_is_in_env_example():
    absent = missing(settings_reads(), example_variables())
    assert not absent, "Add to .env.example:\n" + "\n".join(absent)


@pytest.mark.parametrize("name", sorted(example_variables()))
def test_every_env_example_variable_is_documented(name):
    assert name in documented_variables()
