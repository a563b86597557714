"""The English translation of part of the demo (``english.toml``), seeded after the Danish.

Each entry names a Danish page by its path under the home page and gives the English text.
The page is copied into the English locale with Wagtail's ``copy_for_translation`` (what
wagtail-localize's "Translate" action does first), its texts are replaced from the data
file, references to translatable snippets and pages are pointed at their English versions
where there are some, and the copy is validated and published like any demo page. A page
that already has an English version is left alone (its entry is not read again), so seeding
twice changes nothing.

Text fields are plain text; a rich-text field gets paragraphs, a StreamField the same block
tables as the Danish data files (``demo.text.body``). Inline children (a facility's rooms)
are given in order, with the fields that change.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin

from core.models import Audience, Topic

from .datafiles import plain
from .text import body, rich_text
from .validation import building, validate_streams

ENGLISH = "en"


def english_locale() -> Locale:
    """The English locale.

    The migration ``search/0001_content_locales`` creates it, but a database emptied since
    (a flush between transactional tests, a restored dump) may lack it; seeding makes it.
    """
    return Locale.objects.get_or_create(language_code=ENGLISH)[0]


def localized(obj, locale: Locale):
    """``obj``'s version in ``locale`` when it has one, else ``obj`` itself."""
    if obj is None or not isinstance(obj, TranslatableMixin):
        return obj
    return obj.get_translation_or_none(locale) or obj


def field_value(model, name: str, value):
    """An English value from the data file as ``model.<name>`` stores it."""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return body(model, name, value)
    if isinstance(field, RichTextField):
        return rich_text(value)
    return plain(value)


def localize_references(page, locale: Locale) -> None:
    """Point foreign keys and many-to-many fields at the English snippets and pages."""
    for field in page._meta.get_fields():
        if not field.concrete or field.name in {"locale", "page_ptr", "owner"}:
            continue
        related = field.related_model
        if related is None or not issubclass(related, TranslatableMixin):
            continue
        if field.many_to_many:
            current = list(getattr(page, field.name).all())
            getattr(page, field.name).set([localized(obj, locale) for obj in current])
        elif field.many_to_one and not field.name.endswith("_ptr"):
            target = getattr(page, field.name)
            if target is not None:
                setattr(page, field.name, localized(getattr(target, "specific", target), locale))


def translate_page(source: Page, entry, locale: Locale) -> Page:
    """``source`` copied into ``locale`` with the texts of ``entry``, validated and published."""
    page = source.copy_for_translation(locale).specific
    model = type(page)
    page.title = entry["title"]
    page.slug = entry["slug"]
    for name, value in (entry.get("fields") or {}).items():
        setattr(page, name, field_value(model, name, value))
    for relation, items in (entry.get("children") or {}).items():
        children = list(getattr(page, relation).all())
        if len(children) != len(items):
            raise ValueError(
                _("%(relation)s: %(given)d given, the Danish page has %(has)d")
                % {"relation": relation, "given": len(items), "has": len(children)}
            )
        for child, values in zip(children, items, strict=True):
            for name, value in plain(values).items():
                setattr(child, name, value)
        getattr(page, relation).set(children)
    localize_references(page, locale)
    validate_streams(page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_snippets(ctx, kind: str, model, locale: Locale) -> tuple[int, int]:
    created = existing = 0
    for entry in ctx.data("english").entries(kind):
        with building(entry):
            name = entry["name"]
            source = model.objects.get(locale=ctx.locale, slug=entry["slug"])
            if source.get_translation_or_none(locale) is not None:
                existing += 1
                continue
            target = source.copy_for_translation(locale)
            target.name = name
            target.full_clean()
            target.save()
            created += 1
    return created, existing


def seed_english(ctx) -> None:
    """Topics, audiences and pages of ``english.toml`` in English, parents before children."""
    locale = english_locale()
    created = existing = 0
    for kind, model in (("topics", Topic), ("audiences", Audience)):
        new, old = translate_snippets(ctx, kind, model, locale)
        created, existing = created + new, existing + old
    home = ctx.home_page()
    data = ctx.data("english")
    entries = [(data.table("home"), home)]
    for entry in data.entries("pages"):
        with building(entry, complete=False):
            path = f"{home.url_path}{entry['path'].strip('/')}/"
            source = Page.objects.filter(url_path=path, locale=ctx.locale).first()
            if source is None:
                raise entry.error(_("no Danish page at %s") % entry["path"])
        entries.append((entry, source.specific))
    for entry, source in entries:
        # A page that has its translation is left alone: its entry is not read again.
        if source.get_translation_or_none(locale) is not None:
            existing += 1
            continue
        with building(entry):
            translate_page(source, entry, locale)
        created += 1
    ctx.report(_("English translation"), created, existing)
