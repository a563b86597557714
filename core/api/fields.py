"""How the project's ``api_fields`` appear in Wagtail API v3 schemas.

Wagtail's v3 read schemas are generated from each model's ``api_fields`` by
``read_generator``, which maps Django field classes to schema builders. This module
registers builders for the field kinds the project needs, so models can simply list field
names in ``api_fields``:

- a foreign key to an image → the image with every rendition in ``core.api.images``
  and the alt text from the model's ``<field>_alt`` field;
- a foreign key to a page → a small reference (id, title, URLs), or ``null`` when that
  page is not public;
- a foreign key or many-to-many to a model that declares ``api_fields`` (the snippets
  Topic, Audience, Contact) → the nested object, built from that model's ``api_fields``;
- a date-time → ISO 8601 in local time (Europe/Copenhagen) with its UTC offset.

Wagtail builds the page schemas once, when ``wagtail.api.v3.registry`` is first imported,
so this module must be imported before that: ``CoreConfig.ready()`` (``core/apps.py``)
imports it before any other app's ``ready()`` can import the v3 API.
"""

import sys
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import DateTimeField, ForeignKey, ManyToManyField, Model
from django.utils import timezone
from wagtail.api.v3.schemas.base import BaseSchema
from wagtail.api.v3.schemas.generators.read import (
    SchemaGenerator,
    foreign_key_schema,
    read_generator,
)
from wagtail.api.v3.schemas.pages import SimpleBasePageSchema
from wagtail.images import get_image_model
from wagtail.models import Page

from core.api.images import PageImageSchema, image_renditions
from core.querysets import is_listable

if "wagtail.api.v3.routers.pages" in sys.modules:
    raise ImproperlyConfigured(
        "core.api.fields must be imported before Wagtail's v3 pages router: "
        "keep 'core' first in INSTALLED_APPS (CoreConfig.ready() imports it)."
    )


def is_project_field(field) -> bool:
    """Fields of the project's own models; Wagtail's and other packages' keep Wagtail's schemas."""
    app_path = apps.get_app_config(field.model._meta.app_label).path
    return app_path.startswith(str(settings.BASE_DIR)) and "site-packages" not in app_path


class SnippetSchema(BaseSchema):
    """Base for nested snippets: their id plus the fields from their ``api_fields``."""

    id: int


_nested_schemas: dict[type[Model], type[SnippetSchema]] = {}


def nested_schema(generator: SchemaGenerator, model: type[Model]) -> type[SnippetSchema]:
    """The schema of a related model that declares its own ``api_fields``."""
    if model not in _nested_schemas:
        _nested_schemas[model] = generator.build_schema(
            model,
            name=f"{model._meta.object_name}Schema",
            base_class=SnippetSchema,
            follow_reverse_related=False,
        )
    return _nested_schemas[model]


def image_field_schema(field: ForeignKey):
    name = field.name
    alt_attname = f"{name}_alt"

    def resolve(obj: Model, context: dict) -> dict | None:
        return image_renditions(getattr(obj, name), getattr(obj, alt_attname, None))

    return PageImageSchema | None, None, staticmethod(resolve)


def page_field_schema(field: ForeignKey):
    name = field.name

    def resolve(obj: Model, context: dict):
        page = getattr(obj, name)
        return page if is_listable(page) else None

    return SimpleBasePageSchema | None, None, staticmethod(resolve)


def related_field_schema(generator: SchemaGenerator, field):
    """Foreign keys: images, pages and snippets get rich output; others Wagtail's default."""
    if not is_project_field(field):
        return foreign_key_schema(generator, field)
    related = field.related_model
    if issubclass(related, get_image_model()):
        return image_field_schema(field)
    if issubclass(related, Page):
        return page_field_schema(field)
    if getattr(related, "api_fields", None):
        schema = nested_schema(generator, related)
        return (schema | None) if field.null else schema, None, None
    return foreign_key_schema(generator, field)


def many_to_many_schema(generator: SchemaGenerator, field: ManyToManyField):
    """Many-to-many (incl. ``ParentalManyToManyField``): nested objects, in their order."""
    name = field.name
    related = field.related_model
    nested = is_project_field(field) and getattr(related, "api_fields", None)
    schema = nested_schema(generator, related) if nested else None

    def resolve(obj: Model, context: dict) -> list:
        items = list(getattr(obj, name).all())
        return items if schema else [item.pk for item in items]

    return list[schema] if schema else list[int], [], staticmethod(resolve)


def local_datetime_schema(generator: SchemaGenerator, field: DateTimeField):
    name = field.name
    if not is_project_field(field):
        return datetime | None, None, None

    def resolve(obj: Model, context: dict) -> datetime | None:
        value = getattr(obj, name)
        return timezone.localtime(value) if value else None

    return datetime | None, None, staticmethod(resolve)


read_generator.register_field_schema(ForeignKey, related_field_schema)
read_generator.register_field_schema(ManyToManyField, many_to_many_schema)
read_generator.register_field_schema(DateTimeField, local_datetime_schema)

if "wagtail.api.v3.registry" in sys.modules:
    # Imported (but not yet used by a router): rebuild the page schemas with our fields.
    from wagtail.api.v3.registry import registry

    registry.register_defaults()
