"""What the thank-you page after a public form tells the sender: reference, next step, receipt.

The form redirects to ``?sendt=1`` (post/redirect/get). The reference and the address a
receipt went to travel to that page as one-time Django messages (a signed cookie, removed
once read), never in the URL, where they would end up in access logs and browser history.
The messages cookie also keeps the thank-you page out of the page cache (``core.page_cache``).
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages

REFERENCE_TAG = "form-reference"
RECEIPT_TAG = "form-receipt"


def remember(request, *, reference: str, email: str = "") -> None:
    """Keep what the next request's thank-you page shows."""
    messages.info(request, reference, extra_tags=REFERENCE_TAG)
    if email:
        messages.info(request, email, extra_tags=RECEIPT_TAG)


def recall(request) -> dict[str, str]:
    """``{"reference": …, "receipt_to": …}`` of the submission just sent (empty on reload)."""
    found = {}
    for message in messages.get_messages(request):
        if REFERENCE_TAG in message.extra_tags:
            found["reference"] = message.message
        elif RECEIPT_TAG in message.extra_tags:
            found["receipt_to"] = message.message
    return found


def working_days_after(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days (Monday–Friday) after ``start``."""
    date = start
    while days > 0:
        date += dt.timedelta(days=1)
        if date.weekday() < 5:
            days -= 1
    return date
