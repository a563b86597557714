"""Every third-party package the code imports is declared in pyproject.toml (issue #13, item 7).

A package that only arrives as another package's dependency can disappear with that package's
next release; the code that imports it must say it needs it.
"""

import ast
import importlib.metadata
import sys
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from packaging.utils import canonicalize_name

from tests.deps.project import declared_names
from tests.source_tree import ROOT, python_files

#: Which pyproject groups may satisfy an import, by where the importing code runs. Production
#: installs only the base group, so the application's own imports must be there.
ALLOWED_GROUPS = {
    "application": ("base",),
    "tests": ("base", "dev"),
    "bench": ("base", "bench"),
}


def role(relative: Path) -> str:
    if relative.parts[0] == "tests" or relative.name == "factories.py":
        # Each app's factories.py serves the tests (GUIDE: one per app, for factory_boy).
        return "tests"
    if relative.parts[0] == "bench":
        return "bench"
    return "application"


def first_party() -> set[str]:
    return {path.parts[0].removesuffix(".py") for path in python_files()}


def imported_modules() -> dict[str, dict[str, set[str]]]:
    """Top-level module → role → files importing it, for absolute imports outside the project."""
    local = first_party()
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for relative in python_files():
        tree = ast.parse((ROOT / relative).read_bytes(), filename=str(relative))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top not in local | {"__future__"}:
                    found[top][role(relative)].add(str(relative))
    # Apps and middleware named in the settings are used as directly as an import.
    for dotted in [*settings.INSTALLED_APPS, *settings.MIDDLEWARE]:
        top = dotted.partition(".")[0]
        if top not in local:
            found[top]["application"].add("cms/settings (INSTALLED_APPS/MIDDLEWARE)")
    return found


def undeclared_imports() -> list[str]:
    distributions = importlib.metadata.packages_distributions()
    problems = []
    for module, roles in sorted(imported_modules().items()):
        provided_by = {canonicalize_name(name) for name in distributions.get(module, [])}
        for where, files in sorted(roles.items()):
            groups = ALLOWED_GROUPS[where]
            example = sorted(files)[0]
            if not provided_by:
                problems.append(f"{module!r} (imported in {example}) is not installed at all")
            elif not provided_by & declared_names(*groups):
                problems.append(
                    f"{module!r} comes from {', '.join(sorted(provided_by))}, imported in "
                    f"{example} ({len(files)} file(s)), but no {' or '.join(groups)} "
                    "requirement in pyproject.toml declares it"
                )
    return problems


def test_every_imported_third_party_package_is_declared():
    problems = undeclared_imports()
    assert not problems, "Declare these in pyproject.toml, then `make lock`:\n" + "\n".join(
        problems
    )


def test_the_scan_sees_the_project_imports():
    # The check above is only as good as the scan: it must see the framework and an app import.
    modules = imported_modules()
    assert "application" in modules["wagtail"]
    assert "tests" in modules["pytest"]
    assert "bench" in modules["httpx"]
    assert "django" not in first_party()
