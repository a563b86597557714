"""Sending, in the worker: the confirmation request, immediate notices, the weekly digest.

Each send checks again what may go out: only confirmed subscriptions of addresses that do
not bounce, and only pages the one visibility rule (``core.querysets.is_listable``) still
allows; an item whose page has since become a draft, private, expired or scheduled is
marked *not sent*. A notice is marked sent in the same transaction that locked it, so two
workers never send it twice, and a failed send leaves it waiting for the retry.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.querysets import is_listable
from subscriptions import mail, tokens
from subscriptions.models import Notice, Subscriber, Subscription

logger = logging.getLogger(__name__)

#: Failed attempts after which an immediate notice is given up (marked not sent).
MAX_ATTEMPTS = 5


def send_confirmation(subscriber_id: int, subscription_ids: list[int]) -> str:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or not subscriber.can_receive:
        return "skipped"
    pending = list(
        subscriber.subscriptions.filter(
            pk__in=subscription_ids, status=Subscription.Status.PENDING
        ).select_related("topic", "page")
    )
    if not pending:
        return "nothing pending"
    language = pending[0].requested_language
    subscriber.language = language  # for this email only; saved when confirmed
    token = tokens.make(tokens.CONFIRM, subscriber, u=[item.pk for item in pending], lang=language)
    with translation.override(language):
        subject = _("Confirm your subscription at %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}
    message = mail.build(
        subscriber,
        subject,
        "confirm",
        {
            "subscriptions": pending,
            "confirm_url": mail.link("confirm", token, language),
            "valid_days": tokens.MAX_AGE[tokens.CONFIRM].days,
        },
    )
    message.send()
    return "sent"


def _listable_page(page_id: int):
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page is not None else None
    return page if page is not None and is_listable(page) else None


def _deliverable(subscriber, frequency):
    return Notice.objects.filter(
        subscription__subscriber=subscriber,
        subscription__frequency=frequency,
        subscription__status=Subscription.Status.CONFIRMED,
        status=Notice.Status.PENDING,
    )


def _drop(notices) -> None:
    Notice.objects.filter(pk__in=[notice.pk for notice in notices]).update(
        status=Notice.Status.DROPPED
    )


def _mark_sent(notices) -> None:
    Notice.objects.filter(pk__in=[notice.pk for notice in notices]).update(
        status=Notice.Status.SENT, sent_at=timezone.now()
    )


def _grouped(notices) -> OrderedDict:
    """Notices by (page, item): two subscriptions matching one item make one email."""
    groups: OrderedDict = OrderedDict()
    for notice in notices:
        groups.setdefault((notice.page_id, notice.key), []).append(notice)
    return groups


def send_immediate(subscriber_id: int) -> tuple[str, bool]:
    """Send each waiting immediate item as its own email: ``(summary, retry_needed)``."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return "no subscriber", False
    if not subscriber.can_receive:
        _drop(_deliverable(subscriber, Subscription.Frequency.IMMEDIATE))
        return "bouncing", False
    sent = failed = 0
    keys = list(
        _deliverable(subscriber, Subscription.Frequency.IMMEDIATE)
        .values_list("page_id", "key")
        .distinct()
    )
    for page_id, key in keys:
        with transaction.atomic():
            notices = list(
                _deliverable(subscriber, Subscription.Frequency.IMMEDIATE)
                .filter(page_id=page_id, key=key)
                .select_for_update(skip_locked=True, of=("self",))
                .select_related("subscription__topic", "subscription__page")
            )
            if not notices:
                continue  # another worker has them
            if _listable_page(page_id) is None:
                _drop(notices)
                continue
            try:
                message = _notice_email(subscriber, notices)
                message.send()
            except Exception:
                logger.exception("Subscription email to subscriber %s failed", subscriber.pk)
                failed += 1
                _count_failure(notices)
                continue
            _mark_sent(notices)
            sent += 1
    retry = (
        failed
        and Notice.objects.filter(
            subscription__subscriber=subscriber, status=Notice.Status.PENDING
        ).exists()
    )
    return f"{sent} sent, {failed} failed", bool(retry)


def _count_failure(notices) -> None:
    ids = [notice.pk for notice in notices]
    for notice in Notice.objects.filter(pk__in=ids):
        notice.attempts += 1
        if notice.attempts >= MAX_ATTEMPTS:
            notice.status = Notice.Status.DROPPED
        notice.save(update_fields=["attempts", "status"])


def _notice_email(subscriber, notices):
    first = notices[0]
    with translation.override(subscriber.language):
        subject = _("New: %(title)s") % {"title": first.title}
        because = [notice.subscription.target_name for notice in notices]
    return mail.build(
        subscriber,
        subject,
        "notice",
        {"item": first, "because": because},
        unsubscribe=[notice.subscription_id for notice in notices],
    )


def send_digest(subscriber) -> int:
    """One email with every waiting weekly item of ``subscriber``; the number of items sent."""
    with transaction.atomic():
        notices = list(
            _deliverable(subscriber, Subscription.Frequency.WEEKLY)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("subscription__topic", "subscription__page")
        )
        if not notices:
            return 0
        if not subscriber.can_receive:
            _drop(notices)
            return 0
        groups = _grouped(notices)
        items, hidden = [], []
        for (page_id, _key), group in groups.items():
            if _listable_page(page_id) is None:
                hidden.extend(group)
            else:
                items.append(group[0])
        _drop(hidden)
        if not items:
            return 0
        with translation.override(subscriber.language):
            subject = _("This week at %(site)s: %(count)d new") % {
                "site": settings.WAGTAIL_SITE_NAME,
                "count": len(items),
            }
        message = mail.build(
            subscriber,
            subject,
            "digest",
            {"items": items},
            unsubscribe=sorted({notice.subscription_id for notice in notices}),
        )
        message.send()
        _mark_sent([notice for notice in notices if notice not in hidden])
    return len(items)


def digest_subscribers():
    return Subscriber.objects.filter(
        subscriptions__frequency=Subscription.Frequency.WEEKLY,
        subscriptions__notices__status=Notice.Status.PENDING,
    ).distinct()
