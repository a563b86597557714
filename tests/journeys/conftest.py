from tests.demo_support import seeded  # noqa: F401  (the module-wide demo seed fixture)
