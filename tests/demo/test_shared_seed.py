"""The demo seed is shared by consecutive modules and rolled back before any other test."""

from types import SimpleNamespace

import pytest

from tests import demo_support


class Block:
    """Stands in for the seed's open transaction; counts how often it was closed."""

    def __init__(self):
        self.closed = 0

    def __exit__(self, *exc):
        self.closed += 1


def item(path: str, *, seeded: bool):
    return SimpleNamespace(path=path, fixturenames=("db", "seeded") if seeded else ("db",))


@pytest.mark.parametrize(
    "nextitem, rolled_back",
    [
        (item("tests/web/test_metadata.py", seeded=True), False),
        (item("tests/demo/test_seed_demo.py", seeded=False), False),
        (item("tests/hearings/test_demo.py", seeded=False), True),
        (None, True),
    ],
    ids=["next-module-seeded", "same-module", "next-module-plain", "last-test"],
)
def test_the_seed_is_rolled_back_exactly_before_a_test_of_another_module_without_it(
    monkeypatch, nextitem, rolled_back
):
    block = Block()
    monkeypatch.setattr(demo_support, "_open", {"block": block, "output": "Færdig"})
    demo_support.close_after(item("tests/demo/test_seed_demo.py", seeded=True), nextitem)
    assert block.closed == int(rolled_back)
    # Closed means forgotten: the next module to ask for it seeds afresh.
    assert bool(demo_support._open) is not rolled_back


def test_nothing_happens_after_a_test_when_no_seed_is_open(monkeypatch):
    monkeypatch.setattr(demo_support, "_open", {})
    demo_support.close_after(item("tests/a.py", seeded=True), None)
    assert demo_support._open == {}
