"""Named content versions: one counter per kind of cached public output.

Every cache of public output keys its entries by a counter from here, and every change that
affects that output bumps the counter, so the next request misses and rebuilds:

- ``pages``: the anonymous page cache (HTML, RSS, iCal, sitemap; ``core.page_cache``);
- ``screens``: the screen feeds and the website's alert banner (``screens.cache``).

Which change bumps which counter is declared, not wired by hand: page changes (publish,
unpublish, move, delete) are handled by ``core.cache_signals`` itself, and every other model
whose rows appear in public output is declared once with :func:`invalidates`, by the app
that owns it, in its ``AppConfig.ready()``. ``core`` never imports a domain app for this.
``docs/architecture.md`` has the whole table; ``tests/core/test_cache_versions.py`` checks it
against the real models.

Counters live in the cache itself and start from the clock: a cache restart loses a counter
together with the entries keyed by it, and a process-local copy of an old entry (the screen
feeds keep some) can never match the new, larger value.
"""

import time

from django.apps import apps
from django.core.cache import cache
from django.db import models

PAGES = "pages"
SCREENS = "screens"
COUNTERS = (PAGES, SCREENS)

#: Model (or "app_label.ModelName") → the counters its save, delete or m2m change bumps.
_declared: dict[type[models.Model] | str, frozenset[str]] = {}
_resolved: dict[type[models.Model], frozenset[str]] = {}
#: Answers of counters_for(), asked on every save in the project.
_memo: dict[type[models.Model], frozenset[str]] = {}


def _key(name: str) -> str:
    if name not in COUNTERS:
        raise ValueError(f"Unknown cache version {name!r}; known: {', '.join(COUNTERS)}")
    return f"vcms:version:{name}"


def _fresh() -> int:
    return time.time_ns() // 1000


def current(name: str) -> int:
    """The counter's value now (created on first use)."""
    key = _key(name)
    value = cache.get(key)
    if value is None:
        start = _fresh()
        cache.add(key, start, None)
        # None again only when the cache is unreachable: nothing is stored under any version.
        value = cache.get(key, start)
    return value


#: Moves with every bump() in this process: a process-local copy of a counter
#: (``screens.cache.live_content_version``) is stale at once when this process changed it.
_generation = 0


def local_generation() -> int:
    return _generation


def bump(*names: str) -> None:
    """Invalidate everything cached under these counters."""
    global _generation
    _generation += 1
    for name in names:
        key = _key(name)
        try:
            cache.incr(key)
        except ValueError:  # never used yet, evicted, or the cache is unreachable
            cache.add(key, _fresh(), None)


def invalidates(model: type[models.Model] | str, *counters: str) -> None:
    """Declare that saving or deleting ``model`` (or changing it as a through model of a
    many-to-many field) changes the public output cached under ``counters``.

    Subclasses are covered too. Declaring a model again replaces its counters. Declaring it
    with no counters says, on purpose, that it changes no public output (e.g. admin-only
    configuration).
    """
    for name in counters:
        _key(name)  # fail at start-up on a typo, not on the first save
    _declared[model] = frozenset(counters)
    _resolved.clear()
    _memo.clear()


def _model_counters() -> dict[type[models.Model], frozenset[str]]:
    if not _resolved:
        for model, counters in _declared.items():
            if isinstance(model, str):
                model = apps.get_model(model)
            _resolved[model] = counters
    return _resolved


def counters_for(model: type[models.Model]) -> frozenset[str]:
    """The counters a change to ``model`` bumps: its own declaration or its nearest parent's."""
    if model not in _memo:
        declared = _model_counters()
        found = (declared[klass] for klass in model.__mro__ if klass in declared)
        _memo[model] = next(found, frozenset())
    return _memo[model]


def is_declared(model: type[models.Model]) -> bool:
    """Whether ``model`` (or a parent) said what public output it changes, if any."""
    declared = _model_counters()
    return any(klass in declared for klass in model.__mro__)
