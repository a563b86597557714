"""The seeders of ``seed_demo``, contributed by the apps' ``seed`` modules.

An app registers a seeder (a function taking a ``SeedContext``) in its ``seed.py``::

    from demo.registry import register

    @register("news", after=["sections", "associations", "topics"])
    def seed_news(ctx): ...

Run order: seeders run in the order they were registered (apps in ``INSTALLED_APPS``
order, then the order in the module), except that a seeder first waits for everything it
names in ``after``. Naming an unknown seeder or making a cycle is an error, so a typo cannot
silently reorder the seed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from django.core.exceptions import ImproperlyConfigured

if TYPE_CHECKING:
    from .context import SeedContext


@dataclass(frozen=True)
class Seeder:
    """One named step of the seed and the steps it must run after."""

    name: str
    run: Callable[[SeedContext], None]
    after: tuple[str, ...] = ()


class DevLogin(NamedTuple):
    """A development login ``ensure_dev_users`` prints: who, the password, and for what."""

    label: str
    username: str
    password: str


class SeedRegistry:
    """Named seeders with ordering constraints, and the apps' development logins."""

    def __init__(self):
        self._seeders: dict[str, Seeder] = {}
        self._login_providers: list[Callable[[], Iterable[DevLogin]]] = []

    def register(self, name: str, *, after: str | Iterable[str] = ()):
        """Decorator: add the function as seeder ``name``; registering a name again replaces it."""
        names = (after,) if isinstance(after, str) else tuple(after)

        def decorate(func):
            self._seeders.pop(name, None)
            self._seeders[name] = Seeder(name, func, names)
            return func

        return decorate

    def ordered(self) -> list[Seeder]:
        """Every seeder once, after the seeders it names (see the module docstring)."""
        result: list[Seeder] = []
        done: set[str] = set()
        visiting: list[str] = []

        def visit(seeder: Seeder) -> None:
            if seeder.name in done:
                return
            if seeder.name in visiting:
                cycle = " → ".join([*visiting[visiting.index(seeder.name) :], seeder.name])
                raise ImproperlyConfigured(f"Demo seeders wait for each other: {cycle}")
            visiting.append(seeder.name)
            for name in seeder.after:
                if name not in self._seeders:
                    raise ImproperlyConfigured(
                        f"Demo seeder {seeder.name!r} runs after {name!r}, which is not registered"
                    )
                visit(self._seeders[name])
            visiting.pop()
            done.add(seeder.name)
            result.append(seeder)

        for seeder in self._seeders.values():
            visit(seeder)
        return result

    def names(self) -> list[str]:
        return [seeder.name for seeder in self.ordered()]

    def dev_logins(self, provider: Callable[[], Iterable[DevLogin]]):
        """Decorator: ``provider()`` sets and returns development logins (``ensure_dev_users``)."""
        self._login_providers.append(provider)
        return provider

    def logins(self) -> list[DevLogin]:
        return [login for provider in self._login_providers for login in provider()]


#: The one registry ``seed_demo`` runs; apps add to it from their ``seed`` module.
registry = SeedRegistry()
register = registry.register
dev_logins = registry.dev_logins
