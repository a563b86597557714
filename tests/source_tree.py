"""The project's own Python files, for tests that read the source (dependencies, settings)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SKIPPED_DIRS = {".venv", "node_modules", "build", "media", "staticfiles", "__pycache__"}


def python_files():
    """Paths (relative to the checkout) of every .py file outside the virtualenv and caches."""
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if not SKIPPED_DIRS.intersection(relative.parts) and not relative.parts[0].startswith("."):
            yield relative
