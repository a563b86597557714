"""Topics, audiences and contacts: translatable snippets in the Danish locale."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from core.models import Audience, Contact, Topic


def _ensure(ctx, model, lookup: dict, defaults: dict):
    obj = model.objects.filter(locale=ctx.locale, **lookup).first()
    if obj is not None:
        return obj, False
    return model.objects.create(locale=ctx.locale, **lookup, **defaults), True


def seed_topics(ctx) -> None:
    created = 0
    for spec in data.TOPICS:
        topic, new = _ensure(ctx, Topic, {"slug": spec["slug"]}, {"name": spec["name"]})
        ctx.remember("topic", spec["slug"], topic)
        created += new
    ctx.report(_("Topics"), created, len(data.TOPICS) - created)


def seed_audiences(ctx) -> None:
    created = 0
    for order, spec in enumerate(data.AUDIENCES):
        audience, new = _ensure(
            ctx, Audience, {"slug": spec["slug"]}, {"name": spec["name"], "sort_order": order}
        )
        ctx.remember("audience", spec["slug"], audience)
        created += new
    ctx.report(_("Audiences"), created, len(data.AUDIENCES) - created)


def seed_contacts(ctx) -> None:
    # Contact has no slug; its e-mail address is the stable key of a demo contact.
    created = 0
    for spec in data.CONTACTS:
        contact, new = _ensure(
            ctx,
            Contact,
            {"email": spec["email"]},
            {key: spec.get(key, "") for key in ("name", "role", "phone", "hours")},
        )
        ctx.remember("contact", spec["key"], contact)
        created += new
    ctx.report(_("Contacts"), created, len(data.CONTACTS) - created)


def topics(ctx, slugs) -> list[Topic]:
    return [
        ctx.lookup("topic", slug, lambda s: Topic.objects.get(locale=ctx.locale, slug=s))
        for slug in slugs or []
    ]


def audiences(ctx, slugs) -> list[Audience]:
    return [
        ctx.lookup("audience", slug, lambda s: Audience.objects.get(locale=ctx.locale, slug=s))
        for slug in slugs or []
    ]


def contact(ctx, key: str | None) -> Contact | None:
    """The contact with demo ``key`` (the e-mail address in the data is the stable key)."""

    def load(k):
        spec = next((c for c in data.CONTACTS if c["key"] == k), None)
        if spec is None:
            raise KeyError(f"Unknown demo contact {k!r}")
        return Contact.objects.filter(locale=ctx.locale, email=spec["email"]).first()

    return ctx.lookup("contact", key, load)
