"""Bounces: an address that hard-bounces ``SUBSCRIPTIONS_HARD_BOUNCE_LIMIT`` times (default 3)
in a row is marked *sending stopped*; nothing more is sent to it until it confirms again.

Bounces come from the bounce mailbox (``SUBSCRIPTIONS_BOUNCE_ADDRESS``, the emails' envelope
sender) as delivery status notifications (RFC 3464). ``manage.py record_bounces`` reads an
mbox or Maildir of them, or takes addresses on the command line.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from subscriptions.models import Notice, Subscriber


def hard_bounce_limit() -> int:
    return int(getattr(settings, "SUBSCRIPTIONS_HARD_BOUNCE_LIMIT", 3))


@dataclass(frozen=True)
class Bounce:
    address: str
    hard: bool


_STATUS = re.compile(r"^([245])\.\d{1,3}\.\d{1,3}")


def parse_dsn(message: email.message.Message) -> list[Bounce]:
    """The failed recipients of a delivery status notification (``5.x.x`` is hard)."""
    bounces = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []
        for block in blocks:
            recipient = block.get("Final-Recipient") or block.get("Original-Recipient")
            status = (block.get("Status") or "").strip()
            action = (block.get("Action") or "").strip().lower()
            if not recipient or action not in ("failed", ""):
                continue
            address = str(recipient).split(";", 1)[-1].strip().lower()
            match = _STATUS.match(status)
            if match and match.group(1) in "45":
                bounces.append(Bounce(address, hard=match.group(1) == "5"))
    return bounces


def read_mailbox(path: str) -> list[Bounce]:
    box = mailbox.Maildir(path, create=False) if _is_maildir(path) else mailbox.mbox(path)
    found = []
    for raw in box:
        message = email.message_from_bytes(raw.as_bytes(), policy=email.policy.compat32)
        found.extend(parse_dsn(message))
    return found


def _is_maildir(path: str) -> bool:
    from pathlib import Path

    return (Path(path) / "cur").is_dir()


def record(address: str, *, hard: bool = True) -> Subscriber | None:
    """Count one bounce for ``address``; stop sending once it reached the limit."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=address.lower()).first()
        if subscriber is None:
            return None
        now = timezone.now()
        subscriber.last_bounce_at = now
        if hard:
            subscriber.hard_bounces += 1
            if (
                subscriber.hard_bounces >= hard_bounce_limit()
                and subscriber.bouncing_since is None
            ):
                subscriber.bouncing_since = now
                Notice.objects.filter(
                    subscription__subscriber=subscriber, status=Notice.Status.PENDING
                ).update(status=Notice.Status.DROPPED)
        subscriber.save(update_fields=["last_bounce_at", "hard_bounces", "bouncing_since"])
    return subscriber
