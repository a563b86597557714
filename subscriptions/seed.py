"""Demo seeder: a few confirmed subscriptions (``subscriptions.toml``).

Idempotent: an address that already follows the target is left as it is. Each gets the
consent records a real double opt-in leaves (requested, then confirmed), marked as demo.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import Topic
from demo.registry import register
from demo.validation import building

from .forms import CONSENT_TEXT
from .models import Consent, Subscriber, Subscription

DEMO_SOURCE = "seed_demo"


def _target(ctx, entry):
    if entry.get("topic"):
        topic = ctx.require(
            "topics",
            entry["topic"],
            lambda slug: Topic.objects.filter(slug=slug, locale=ctx.locale).first(),
        )
        return Subscription.Kind.TOPIC, {"topic": topic}
    if entry.get("renovation"):
        page = ctx.page_in("renovations", entry["renovation"])
        return Subscription.Kind.PAGE, {"page": page}
    page = ctx.index(entry["section"])
    return Subscription.Kind.SECTION, {"page": page}


@register("subscriptions", after=["sections", "topics", "renovations", "activities", "news"])
def seed_subscriptions(ctx) -> None:
    entries = ctx.data("subscriptions").entries("subscriptions")
    created = 0
    for entry in entries:
        with building(entry), transaction.atomic():
            kind, target = _target(ctx, entry)
            # Read before any early exit: the entry's keys must all be read (demo.validation).
            frequency = entry["frequency"]
            if None in target.values():
                continue  # the section was not seeded in this run
            now = timezone.now()
            subscriber, _new = Subscriber.objects.get_or_create(
                email=entry["email"], defaults={"language": entry["language"], "confirmed_at": now}
            )
            if Subscription.objects.filter(subscriber=subscriber, **target).exists():
                continue
            subscription = Subscription.objects.create(
                subscriber=subscriber,
                kind=kind,
                frequency=frequency,
                status=Subscription.Status.CONFIRMED,
                requested_language=entry["language"],
                confirmed_at=now,
                **target,
            )
            for action in (Consent.Action.REQUESTED, Consent.Action.CONFIRMED):
                Consent.objects.create(
                    subscription=subscription,
                    action=action,
                    text=f"{CONSENT_TEXT} [{subscription.target_name}]",
                    source_url=DEMO_SOURCE,
                )
            created += 1
    ctx.report(_("Subscriptions"), created, len(entries) - created)
