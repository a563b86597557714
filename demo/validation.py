"""Validate demo objects the way the admin would, and turn failures into data-file errors.

Models are checked with their own ``full_clean()``; StreamFields with their stream block's
``clean()`` (the block validation the page editor runs); inline children (a renovation's
phases, a facility's rooms) with their own ``full_clean()``. ``building(entry)`` wraps the
work on one data-file entry so that any of these failures, a missing key or an unread key
becomes a ``DemoDataError`` that names the file and the entry.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, ValidationError
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField

from .datafiles import DemoDataError, Entry, MissingField

#: Filled in when Wagtail puts a page into the tree, so not checked before.
TREE_FIELDS = ["path", "depth", "numchild", "url_path", "draft_title"]


class UnknownReference(ValueError):
    """An entry names a topic, contact, facility … that the demo data does not have."""


def _join(prefix: str, name) -> str:
    if isinstance(name, int):
        return f"{prefix}[{name + 1}]"
    return f"{prefix}.{name}" if prefix else str(name)


def _block_problems(data: dict, path: str) -> Iterator[str]:
    """Flatten Wagtail's block error JSON (``as_json_data()``) into ``path: message`` lines."""
    for message in data.get("messages", []):
        yield f"{path}: {message}"
    for name, child in data.get("blockErrors", {}).items():
        yield from _block_problems(child, _join(path, int(name) if str(name).isdigit() else name))


def problems(exc: ValidationError) -> list[str]:
    """Every message of ``exc``, prefixed with the field it belongs to."""
    if not hasattr(exc, "error_dict"):
        return list(exc.messages)
    lines = []
    for field, errors in exc.error_dict.items():
        for error in errors:
            for message in error.messages:
                lines.append(message if field == NON_FIELD_ERRORS else f"{field}: {message}")
    return lines


def validate_streams(obj) -> None:
    """Run block validation on every StreamField of ``obj`` (``demo.text.body`` has already
    refused block types the field does not know: Wagtail drops those on assignment)."""
    errors = []
    for field in obj._meta.concrete_fields:
        if not isinstance(field, StreamField):
            continue
        value = getattr(obj, field.attname)
        # Validate a fresh copy: a StreamValue that has been read back is saved in Wagtail's
        # newer list format, and the demo is stored exactly as it always was.
        raw = copy.deepcopy(list(value.raw_data))
        lines = []
        try:
            field.stream_block.clean(field.stream_block.to_python(raw))
        except ValidationError as exc:
            lines = list(_block_problems(exc.as_json_data(), field.name))
        errors.extend(lines)
    if errors:
        # The lines already start with the field and block they are about.
        raise ValidationError({NON_FIELD_ERRORS: errors})


def validate_children(obj) -> None:
    """``full_clean()`` and block validation for the inline children of a clusterable model."""
    errors = {}
    for relation in get_all_child_relations(obj):
        accessor = relation.get_accessor_name()
        for number, child in enumerate(getattr(obj, accessor).all()):
            try:
                # The parent is not saved yet, so its key is not there to check.
                child.full_clean(exclude=[relation.field.name])
                validate_streams(child)
            except ValidationError as exc:
                errors[_join(accessor, number)] = problems(exc)
    if errors:
        raise ValidationError(errors)


def validate(obj) -> None:
    """A model instance's ``full_clean()`` plus its StreamFields and inline children."""
    obj.full_clean()
    validate_streams(obj)
    validate_children(obj)


def validate_new_page(page) -> None:
    """Everything about an unsaved page that does not depend on its place in the tree.

    What does (slug free under the parent) is checked by Wagtail itself: ``save_revision()``
    runs the page's ``full_clean()`` once the page is in the tree.
    """
    page.clean_fields(exclude=TREE_FIELDS)
    validate_streams(page)
    validate_children(page)


@contextmanager
def building(entry: Entry, *, complete: bool = True):
    """Report any failure while seeding ``entry`` as a ``DemoDataError`` naming it.

    With ``complete``, keys of the entry that were never read are an error too: they are
    typing mistakes or fields the seed does not know.
    """
    try:
        yield
    except DemoDataError:
        raise
    except MissingField as exc:
        raise entry.error(_("the field %s is missing") % exc.args[0]) from exc
    except ValidationError as exc:
        raise entry.error("; ".join(problems(exc))) from exc
    except (ValueError, TypeError, OverflowError, ObjectDoesNotExist) as exc:
        raise entry.error(str(exc)) from exc
    if complete:
        check_read(entry)


def check_read(entry: Entry) -> None:
    """Keys of ``entry`` nobody read are typing mistakes or fields the seed does not know."""
    if unread := entry.unread():
        raise entry.error(_("unknown field(s): %s") % ", ".join(unread))
