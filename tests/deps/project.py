"""What pyproject.toml declares and what the lock files in requirements/ pin.

Shared by the dependency tests; reads files only, so it works on any machine.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import Version

from tests.source_tree import ROOT

REQUIREMENTS = ROOT / "requirements"

#: Lock file → the pyproject groups it is compiled from (see `make lock`).
LOCKS = {
    "base.txt": ("base",),
    "dev.txt": ("base", "dev"),
    "bench.txt": ("base", "bench"),
}

# "name==version ; marker \" starts a pin; the indented lines after it carry its hashes.
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)")


@dataclass(frozen=True)
class Pin:
    name: NormalizedName
    version: Version
    hashes: int


@cache
def declared() -> dict[str, tuple[Requirement, ...]]:
    """pyproject's requirements by group: "base" (the dependencies) and each extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    groups = {"base": project["dependencies"], **project.get("optional-dependencies", {})}
    return {name: tuple(Requirement(line) for line in lines) for name, lines in groups.items()}


def declared_names(*groups: str) -> set[NormalizedName]:
    return {canonicalize_name(req.name) for group in groups for req in declared()[group]}


@cache
def pins(lock: str) -> dict[NormalizedName, Pin]:
    """The packages a lock file pins, with the number of hashes each one carries."""
    versions: dict[NormalizedName, Version] = {}
    hashes: dict[NormalizedName, int] = {}
    current = None
    for line in (REQUIREMENTS / lock).read_text().splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match["name"])
            versions[current] = Version(match["version"])
        elif not line.startswith(" "):
            current = None
        if current:
            hashes[current] = hashes.get(current, 0) + line.count("--hash=")
    return {name: Pin(name, version, hashes[name]) for name, version in versions.items()}
