"""Every field an editor sees has a label and a help text, both translated into Danish."""

from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import Page

CONTENT_APPS = [
    "core",
    "home",
    "news",
    "activities",
    "renovations",
    "associations",
    "guides",
    "facilities",
    "screens",
    "submissions",
    "recognition",
    "booking",
    "signups",
    "eventimport",
]
#: Models nobody edits directly: derived rows and bookkeeping.
INTERNAL_MODELS = {
    "activities.Occurrence",
    "associations.AssociationAccess",
    # Written by booking.services from the request and decision forms, never edited as such.
    "booking.Booking",
    "booking.BookingSlot",
    # Written by signups.services from the public sign-up form, never edited as such.
    "signups.Registration",
    # Written by the event import only (the source's id and checksum of an activity draft).
    "eventimport.ImportedEvent",
}
PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}
BOOKKEEPING = {"sort_order", "translation_key", "locale"}


def editor_fields():
    for app in CONTENT_APPS:
        for model in apps.get_app_config(app).get_models():
            if model._meta.label in INTERNAL_MODELS:
                continue
            # Wagtail's own page fields (title, slug …) come with its labels; a snippet's
            # "title" or "slug" is the project's and needs its own.
            inherited = PAGE_FIELDS if issubclass(model, Page) else set()
            for field in model._meta.get_fields():
                if (
                    not getattr(field, "concrete", False)
                    or field.auto_created
                    or not field.editable
                    or field.name in inherited | BOOKKEEPING
                    or isinstance(field, (ParentalKey, models.OneToOneField))
                ):
                    continue
                yield pytest.param(field, id=f"{model._meta.label}.{field.name}")


@pytest.fixture(scope="module")
def danish():
    path = Path(settings.BASE_DIR, "locale", "da", "LC_MESSAGES", "django.po")
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


@pytest.mark.parametrize("field", list(editor_fields()))
def test_field_has_a_danish_label_and_help_text(field, danish):
    label = field.verbose_name._args[0] if hasattr(field.verbose_name, "_args") else None
    help_text = field.help_text._args[0] if hasattr(field.help_text, "_args") else None
    assert label, "the label is not marked for translation"
    assert help_text, "the field has no help text (or it is not marked for translation)"
    assert label in danish, f"no Danish for the label {label!r}"
    assert help_text in danish, f"no Danish for the help text {help_text!r}"
