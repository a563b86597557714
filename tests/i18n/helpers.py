"""Translate content the way an external translator would: wagtail-localize's PO round trip."""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def translate(instance, strings: dict | None = None, locale: Locale | None = None):
    """Translate ``instance`` (and untranslated parents) and publish it; returns the copy.

    Uses the same steps as the admin's "Translate" action followed by "Upload PO file":
    ``translate_object`` creates the Translation, ``export_po`` gives the PO file a translator
    fills in, ``import_po`` loads it and ``save_target`` publishes. Strings not in ``strings``
    keep their Danish text.
    """
    strings = strings or {}
    locale = locale or english()
    if isinstance(instance, Page):
        instance = instance.specific
    translate_object(instance, [locale])
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.get(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    # wagtail-localize publishes on commit; tests run inside a transaction that never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    translated = instance.get_translation(locale)
    if isinstance(translated, Page):
        translated = translated.specific
    return translated
