"""Publishing a page → notices for the subscriptions it matches, queued for sending.

Only the *first* publish of a page announces it (to its sections' and topics' subscribers),
and only items not seen before (a renovation's new timeline update, to that project's
subscribers). :class:`~subscriptions.models.Announcement` remembers what was announced, and
the unique constraint on :class:`~subscriptions.models.Notice` makes a second send for the
same subscription and item impossible. Publishing again, re-saving or a revision that only
edits text announces nothing. A page the visibility rule hides (draft, private, expired,
future) announces nothing; its items wait until it is public and published again.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.signals import page_published

from core.querysets import is_listable
from subscriptions import targets
from subscriptions.models import Announcement, Notice, Subscription
from subscriptions.tasks import send_immediate


def _first_publish(page) -> bool:
    return (
        page.first_published_at is not None and page.first_published_at == page.last_published_at
    )


def _confirmed():
    return Subscription.objects.filter(
        status=Subscription.Status.CONFIRMED, subscriber__bouncing_since__isnull=True
    )


def subscriptions_for_page(page):
    """Confirmed subscriptions a newly published page concerns: its sections and topics."""
    ancestors = page.get_ancestors().values("pk")
    matches = _confirmed().filter(kind=Subscription.Kind.SECTION, page__in=ancestors)
    topics = getattr(page, "topics", None)
    if topics is not None:
        keys = list(topics.values_list("translation_key", flat=True))
        if keys:
            matches = matches | _confirmed().filter(
                kind=Subscription.Kind.TOPIC, topic__translation_key__in=keys
            )
    return matches


def announce(page) -> list[Notice]:
    """Record what this publish announces and the notices it makes (none twice)."""
    page = page.specific
    if not is_listable(page):
        return []
    items = {item.key: item for item in [targets.page_item(page), *targets.items_of(page)]}
    seen = set(Announcement.objects.filter(page=page).values_list("key", flat=True))
    new = [item for key, item in items.items() if key not in seen]
    if not new:
        return []
    Announcement.objects.bulk_create(
        [Announcement(page=page, key=item.key) for item in new], ignore_conflicts=True
    )
    if not seen and not _first_publish(page):
        # Published before subscriptions knew it: this publish only sets the baseline.
        return []
    notices = []
    for item in new:
        if item.key == targets.PAGE_KEY:
            subscriptions = subscriptions_for_page(page)
        else:
            subscriptions = _confirmed().filter(kind=Subscription.Kind.PAGE, page=page)
        for subscription in subscriptions.distinct():
            notices.append(
                Notice(
                    subscription=subscription,
                    page=page,
                    key=item.key,
                    title=item.title[:300],
                    summary=item.summary,
                    url=item.url,
                )
            )
    created = Notice.objects.bulk_create(notices, ignore_conflicts=True)
    immediate = {
        notice.subscription.subscriber_id
        for notice in created
        if notice.subscription.frequency == Subscription.Frequency.IMMEDIATE
    }
    if immediate:
        transaction.on_commit(lambda: [send_immediate.enqueue(pk) for pk in sorted(immediate)])
    return created


def on_published(sender, instance, **kwargs):
    announce(instance)


def connect():
    page_published.connect(on_published, dispatch_uid="subscriptions.published")
