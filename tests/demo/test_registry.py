"""The seeder registry: apps contribute seeders, ``after`` orders them, mistakes are errors."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from demo.registry import SeedRegistry, registry


def noop(ctx):
    pass


def names(reg: SeedRegistry) -> list[str]:
    return [seeder.name for seeder in reg.ordered()]


def test_seeders_run_in_registration_order_unless_they_wait_for_another():
    reg = SeedRegistry()
    reg.register("news", after=["associations"])(noop)
    reg.register("home")(noop)
    reg.register("associations", after="home")(noop)
    reg.register("screens")(noop)
    assert names(reg) == ["home", "associations", "news", "screens"]


def test_registering_a_name_again_replaces_the_seeder():
    reg = SeedRegistry()
    reg.register("home")(noop)
    reg.register("news")(noop)

    def other(ctx):
        pass

    reg.register("home")(other)
    assert [(s.name, s.run) for s in reg.ordered()] == [("news", noop), ("home", other)]


def test_waiting_for_an_unknown_seeder_is_an_error():
    reg = SeedRegistry()
    reg.register("news", after=["assocations"])(noop)
    with pytest.raises(ImproperlyConfigured, match="'news' runs after 'assocations'"):
        reg.ordered()


def test_seeders_waiting_for_each_other_are_an_error():
    reg = SeedRegistry()
    reg.register("news", after="activities")(noop)
    reg.register("activities", after="news")(noop)
    with pytest.raises(ImproperlyConfigured, match="news → activities → news"):
        reg.ordered()


def test_every_app_seeds_its_own_part_from_its_seed_module():
    ordered = registry.ordered()
    modules = {seeder.run.__module__ for seeder in ordered}
    # Found by autodiscovery: each is the ``seed`` module of an installed app.
    for module in modules:
        app_label, _dot, name = module.rpartition(".")
        assert name == "seed" and apps.is_installed(app_label), module
    assert {"demo.seed", "home.seed", "news.seed", "screens.seed"} <= modules
    position = {seeder.name: number for number, seeder in enumerate(ordered)}
    for seeder in ordered:
        for before in seeder.after:
            assert position[before] < position[seeder.name], (before, seeder.name)
