"""The import contracts in pyproject.toml: kept, and covering every package of the project.

``make lint`` runs the same check; here it also fails ``make test``, and the second test makes
sure a new app cannot stand outside the contracts by being forgotten in pyproject.toml.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
#: Test and benchmark code may import anything; they are not part of the layers.
OUTSIDE_THE_CONTRACTS = {"tests", "bench"}


def importlinter_config() -> dict:
    with open(BASE_DIR / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["tool"]["importlinter"]


def contract(contract_id: str) -> dict:
    return next(c for c in importlinter_config()["contracts"] if c["id"] == contract_id)


def project_packages() -> set[str]:
    found = {path.parent.name for path in BASE_DIR.glob("*/__init__.py")}
    return found - OUTSIDE_THE_CONTRACTS


def layer_members(layer: str) -> list[str]:
    """``"cms | (demo)"`` → ``["cms", "demo"]`` (parentheses mark an optional layer)."""
    return [name.strip().strip("()") for name in layer.replace(":", "|").split("|")]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_every_project_package_is_in_both_contracts():
    packages = project_packages()
    layers = [layer_members(layer) for layer in contract("layers")["layers"]]
    layered = [name for members in layers for name in members]

    assert set(importlinter_config()["root_packages"]) == packages
    assert set(contract("acyclic")["ancestors"]) == packages
    assert packages <= set(layered)
    assert len(layered) == len(set(layered)), "a package sits in two layers"
