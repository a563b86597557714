"""Core's demo content: topics, audiences and contacts (``taxonomy.toml``) in the Danish
locale, and the municipality's details (``municipality.toml``).

The seeders of the content apps find them again with ``topics``, ``audiences`` and ``contact``.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from wagtail.models import Site

from core.models import (
    Audience,
    Contact,
    FooterLink,
    MunicipalitySettings,
    OpeningHours,
    SocialLink,
    Topic,
)

from . import english
from .context import unknown
from .pages import find_child
from .registry import register
from .validation import building, validate


def _ensure(ctx, model, lookup: dict, defaults: dict):
    obj = model.objects.filter(locale=ctx.locale, **lookup).first()
    if obj is not None:
        return obj, False
    obj = model(locale=ctx.locale, **lookup, **defaults)
    validate(obj)
    obj.save()
    return obj, True


def _seed(ctx, kind: str, section: str, model, lookup_key: str, fields, remember_key: str):
    entries = ctx.data("taxonomy").entries(kind)
    created = 0
    for order, entry in enumerate(entries):
        with building(entry):
            defaults = fields(entry, order)
            obj, new = _ensure(ctx, model, {lookup_key: entry[lookup_key]}, defaults)
            ctx.remember(kind, entry[remember_key], obj)
        created += new
    ctx.report(section, created, len(entries) - created)


@register(
    "english",
    after=["public_forms", "standard_pages", "news", "activities", "guides", "facilities"],
)
def seed_english(ctx) -> None:
    """The English translation of part of the site (``demo/english.py``, ``english.toml``)."""
    english.seed_english(ctx)


@register("topics")
def seed_topics(ctx) -> None:
    _seed(ctx, "topics", _("Topics"), Topic, "slug", lambda e, _n: {"name": e["name"]}, "slug")


@register("audiences")
def seed_audiences(ctx) -> None:
    _seed(
        ctx,
        "audiences",
        _("Audiences"),
        Audience,
        "slug",
        lambda e, order: {"name": e["name"], "sort_order": order},
        "slug",
    )


@register("contacts")
def seed_contacts(ctx) -> None:
    # Contact has no slug; its e-mail address is the stable key of a demo contact.
    _seed(
        ctx,
        "contacts",
        _("Contacts"),
        Contact,
        "email",
        lambda e, _n: {key: e.get(key, "") for key in ("name", "role", "phone", "hours")},
        "key",
    )


def topics(ctx, slugs) -> list[Topic]:
    return [
        ctx.require(
            "topics", slug, lambda s: Topic.objects.filter(locale=ctx.locale, slug=s).first()
        )
        for slug in slugs or []
    ]


def audiences(ctx, slugs) -> list[Audience]:
    return [
        ctx.require(
            "audiences", slug, lambda s: Audience.objects.filter(locale=ctx.locale, slug=s).first()
        )
        for slug in slugs or []
    ]


def contact(ctx, key: str | None) -> Contact | None:
    """The contact with demo ``key`` (its e-mail address in taxonomy.toml is the stable key)."""

    def load(found_key):
        entries = ctx.data("taxonomy").entries("contacts")
        email = next((e["email"] for e in entries if e["key"] == found_key), None)
        if email is None:
            return None
        return Contact.objects.filter(locale=ctx.locale, email=email).first()

    return ctx.require("contacts", key, load)


def _clock(text: str) -> dt.time:
    hour, minute = (int(part) for part in text.split(":"))
    return dt.time(hour, minute)


def _footer_links(ctx, details, rows) -> list[FooterLink]:
    home = ctx.home_page()
    links = []
    for row in rows:
        page = find_child(home, row["page"]) if home is not None else None
        if page is None:
            raise unknown(_("Standard pages"), row["page"])
        links.append(FooterLink(page=page, text=row.get("text", "")))
    return links


# After the standard pages and the forms: the footer links name them.
@register("municipality", after=["home", "standard_pages", "public_forms"])
def seed_municipality(ctx) -> None:
    """The default site's municipality details (``municipality.toml``), checked like the admin
    form. Left alone once they have a name: an editor's changes are never overwritten. The
    footer links are added to details that have none yet (also to details seeded before
    they were in the data)."""
    section = _("Municipality details")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        ctx.report(section, 0, 0)
        return
    details = MunicipalitySettings.for_site(site)
    entry = ctx.data("municipality").table("municipality")
    if details.name:
        if not details.footer_links.exists():
            with building(entry, complete=False):
                details.footer_links = _footer_links(ctx, details, entry["footer_links"])
                details.save()
        ctx.report(section, 0, 1)
        return
    with building(entry):
        for field in (
            "name",
            "phone",
            "email",
            "street_address",
            "postcode",
            "city",
            "accessibility_statement_url",
        ):
            setattr(details, field, entry[field])
        details.opening_hours = [
            OpeningHours(
                first_day=row["first_day"],
                last_day=row["last_day"],
                opens=_clock(row["opens"]),
                closes=_clock(row["closes"]),
            )
            for row in entry["opening_hours"]
        ]
        details.social_links = [
            SocialLink(platform=row["platform"], url=row["url"]) for row in entry["social_links"]
        ]
        details.footer_links = _footer_links(ctx, details, entry["footer_links"])
        validate(details)
        details.save()
    ctx.report(section, 1, 0)
