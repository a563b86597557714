"""The demo's data files: one TOML file per content kind in ``demo/data/``.

Read with the standard library's ``tomllib``. Long texts are TOML multi-line strings written
wrapped: a single line break inside a text is read as a space and a blank line separates
paragraphs (``unwrap``), so a data file reads like the page it becomes.

Each table a seeder builds from is an ``Entry``: a read-only mapping that remembers which
keys were read, so a misspelt key (``sumary``) is reported instead of silently ignored.
Nothing here needs Django settings until an error message is rendered.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

from django.utils.translation import gettext as _

#: The demo content shipped with the app; ``seed_demo --data-dir`` reads another folder.
DATA_DIR = Path(__file__).resolve().parent / "data"

_BLANK_LINE = re.compile(r"\n\s*\n")
#: Keys that name an entry in error messages, in order of preference.
_NAME_KEYS = ("slug", "key", "username", "title", "name", "message")


def unwrap(text: str) -> str:
    """A wrapped multi-line text as plain text: lines joined by spaces, paragraphs by "\\n\\n"."""
    if "\n" not in text:
        return text
    paragraphs = (
        " ".join(line.strip() for line in block.strip().splitlines())
        for block in _BLANK_LINE.split(text.strip())
    )
    return "\n\n".join(p for p in paragraphs if p)


def _unwrap_all(value):
    if isinstance(value, str):
        return unwrap(value)
    if isinstance(value, dict):
        return {key: _unwrap_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unwrap_all(item) for item in value]
    return value


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it, else absolute."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


class DemoDataError(Exception):
    """A data file that cannot be seeded; the message names the file and the entry."""

    def __init__(self, file: str, entry: str | None, problem: str):
        super().__init__(file, entry, problem)
        self.file, self.entry, self.problem = file, entry, problem

    def __str__(self) -> str:
        if self.entry is None:
            return _("%(file)s: %(problem)s") % {"file": self.file, "problem": self.problem}
        return _("%(file)s, %(entry)s: %(problem)s") % {
            "file": self.file,
            "entry": self.entry,
            "problem": self.problem,
        }


class MissingField(KeyError):
    """An entry lacks a key its seeder needs (a ``KeyError``, so ``Mapping.get`` works)."""


class Entry(Mapping):
    """One table of a data file that records which of its keys the seed has read.

    Nested tables are entries too (sharing the top entry's name for messages); ``unread()``
    lists the keys, by dotted path, that nobody looked at.
    """

    def __init__(self, data: dict, file: DataFile, name: str):
        self._data = data
        self._file = file
        self.name = name
        self._read: set[str] = set()
        self._children: dict[str, object] = {}

    def __getitem__(self, key: str):
        self._read.add(key)
        if key not in self._data:
            raise MissingField(key)
        if key not in self._children:
            self._children[key] = self._wrap(self._data[key])
        return self._children[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"<Entry {self.name} of {self._file.name}>"

    def _wrap(self, value):
        if isinstance(value, dict):
            return Entry(value, self._file, self.name)
        if isinstance(value, list):
            return [self._wrap(item) for item in value]
        return value

    def unread(self, prefix: str = "") -> list[str]:
        """Dotted paths of keys never read; list items are numbered from 1, as in the file."""
        paths = []
        for key in self._data:
            path = f"{prefix}{key}"
            if key not in self._read:
                paths.append(path)
            else:
                paths.extend(_unread_in(self._children.get(key), path))
        return paths

    def error(self, problem: str) -> DemoDataError:
        return DemoDataError(self._file.name, self.name, problem)


def _unread_in(value, path: str) -> list[str]:
    if isinstance(value, Entry):
        return value.unread(f"{path}.")
    if isinstance(value, list):
        return [
            unread
            for number, item in enumerate(value, start=1)
            for unread in _unread_in(item, f"{path}[{number}]")
        ]
    return []


def _nul_path(value, path: str = "") -> str | None:
    """The dotted path of the first text holding a NUL character, if any."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value, start=1)
    else:
        return None
    for key, item in items:
        inner = f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"
        if found := _nul_path(item, inner.lstrip(".")):
            return found
    return None


def plain(value):
    """``value`` with entries turned back into dicts (and all their keys counted as read)."""
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


class DataFile:
    """One parsed data file; ``entries(kind)`` and ``table(kind)`` hand out its tables."""

    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DemoDataError(self.name, None, _("the file does not exist")) from None
        try:
            self.data = _unwrap_all(tomllib.loads(text))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DemoDataError(self.name, None, _("not valid TOML: %s") % exc) from exc
        # PostgreSQL cannot store a NUL character, SQLite can: refuse it on both.
        if nul := _nul_path(self.data):
            raise DemoDataError(self.name, None, _("%s contains a NUL character") % nul)

    def entries(self, kind: str) -> list[Entry]:
        """The ``[[kind]]`` tables, each named by its slug (or key, title …) for messages."""
        items = self.data.get(kind)
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise DemoDataError(self.name, None, _("no [[%s]] tables") % kind)
        return [
            Entry(item, self, _entry_name(kind, number, item))
            for number, item in enumerate(items, start=1)
        ]

    def table(self, kind: str) -> Entry:
        """The single ``[kind]`` table."""
        item = self.data.get(kind)
        if not isinstance(item, dict):
            raise DemoDataError(self.name, None, _("no [%s] table") % kind)
        return Entry(item, self, f"[{kind}]")


def _entry_name(kind: str, number: int, item: dict) -> str:
    for key in _NAME_KEYS:
        if isinstance(item.get(key), str) and item[key]:
            return f'{kind} {number} "{item[key]}"'
    return f"{kind} {number}"


def load(name: str, data_dir: Path = DATA_DIR) -> DataFile:
    """The data file ``<data_dir>/<name>.toml``."""
    return DataFile(Path(data_dir) / f"{name}.toml")
