"""Django Ninja names a component schema after its class, and a second class of the same name
silently replaces the first in the OpenAPI document. Wagtail generates ``<Model>Schema`` for
every model the API serialises (a FacilityPage's inline ``FacilityAvailability`` rows too), so
a hand-written schema named like a model replaced that model's schema: the facility page's
``availability`` field was then described as the booking availability response."""

from django.apps import apps
from modelcluster.fields import ParentalKey
from ninja import Schema
from wagtail.models import Page

PROJECT_PACKAGES = {
    "accounts", "activities", "associations", "booking", "business", "cms", "core",
    "facilities", "fairs", "feeds", "guides", "home", "news", "os2display", "recognition",
    "renovations", "screens", "search", "submissions", "webhooks",
}  # fmt: skip


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_no_hand_written_schema_takes_a_generated_or_another_schemas_name(client, db):
    client.get("/api/v3/openapi.json")  # every router and its schemas imported
    ours = [cls for cls in _subclasses(Schema) if cls.__module__.split(".")[0] in PROJECT_PACKAGES]
    # Wagtail generates ``<Model>Schema`` for page types and for their inline rows.
    generated = {
        f"{model.__name__}Schema"
        for model in apps.get_models()
        if issubclass(model, Page)
        or any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    }
    clashes = sorted(f"{c.__module__}.{c.__name__}" for c in ours if c.__name__ in generated)
    assert not clashes, f"named like Wagtail's generated schema of a model: {clashes}"
    by_name = {}
    for cls in ours:
        by_name.setdefault(cls.__name__, set()).add(f"{cls.__module__}.{cls.__qualname__}")
    twice = {name: places for name, places in by_name.items() if len(places) > 1}
    assert not twice, f"two schemas of one name, the document keeps one: {twice}"
