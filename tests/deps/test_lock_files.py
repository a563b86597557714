"""The lock files in requirements/ match pyproject.toml (issue #13, item 7).

pyproject.toml says what the project needs, with ranges; requirements/*.txt pin one version of
every package with hashes (`make lock`). These tests catch a pyproject change that was not
re-locked, and a lock that would install something else than it claims.
"""

import pytest
from packaging.utils import canonicalize_name

from tests.deps.project import LOCKS, declared, pins


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_declared_requirement_is_pinned_within_its_range(lock):
    pinned = pins(lock)
    problems = []
    for group in LOCKS[lock]:
        for requirement in declared()[group]:
            pin = pinned.get(canonicalize_name(requirement.name))
            if pin is None:
                problems.append(f"{requirement} ({group}) is not in requirements/{lock}")
            elif not requirement.specifier.contains(pin.version, prereleases=True):
                problems.append(
                    f"{requirement} ({group}) but requirements/{lock} pins {pin.version}"
                )
    assert not problems, "Run `make lock`:\n" + "\n".join(problems)


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_pin_carries_hashes(lock):
    # pip --require-hashes refuses a file where one pin has none; say which one here.
    assert not [pin.name for pin in pins(lock).values() if pin.hashes == 0]
    assert len(pins(lock)) > len(declared()["base"])


@pytest.mark.parametrize("lock", ["dev.txt", "bench.txt"])
def test_tests_and_bench_run_the_production_versions(lock):
    base = pins("base.txt")
    differ = {
        name: (str(pin.version), str(base[name].version))
        for name, pin in pins(lock).items()
        if name in base and pin.version != base[name].version
    }
    assert not differ, f"requirements/{lock} and base.txt disagree (name: (lock, base)): {differ}"


def test_every_requirement_has_an_upper_bound():
    # A range open at the top lets the next major release in at `make lock --upgrade` unseen.
    open_ended = [
        str(requirement)
        for group in declared().values()
        for requirement in group
        if not any(
            spec.operator in {"<", "<=", "==", "~=", "==="} for spec in requirement.specifier
        )
    ]
    assert not open_ended


def test_ruff_is_pinned_exactly():
    (ruff,) = [req for req in declared()["dev"] if req.name == "ruff"]
    assert [spec.operator for spec in ruff.specifier] == ["=="]
