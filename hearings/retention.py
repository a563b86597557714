"""Retention of answerers' personal data (``core.retention``; ``manage.py purge_personal_data``).

Each hearing has a deletion date: its own ``retention_date``, or 12 months after the decision.
On that date, for every answer to the hearing:

- an answer that was never published (awaiting moderation or rejected) is deleted whole,
  with its files;
- a published answer keeps its published text (hidden passages stay hidden: the text is
  stored with them replaced) and loses email, address, files and the internal notes; its name
  and organisation go too when the hearing says "anonymise published answers".
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import retention

from .models import HearingAnswer, HearingPage, add_months

ANONYMOUS = "Anonym"


def _due(cutoff):
    today = timezone.localdate(cutoff)
    expired = Q(hearing__retention_date__lte=today) | Q(
        hearing__retention_date__isnull=True,
        hearing__decision_date__lte=add_months(today, -12),
    )
    return HearingAnswer.objects.filter(expired, anonymised=False)


def purge_answers(rows, now) -> int:
    count = 0
    hearing_ids = set()
    for answer in rows.select_related("hearing").prefetch_related("attachments"):
        hearing_ids.add(answer.hearing_id)
        count += 1
        if answer.status != HearingAnswer.Status.PUBLISHED:
            answer.delete()  # the attachments' files go with their rows (hearings.signals)
            continue
        for attachment in answer.attachments.all():
            attachment.delete()
        answer.text = answer.public_text
        answer.redacted_passages = ""
        answer.email = ""
        answer.address = ""
        answer.hide_address = True
        answer.rejection_reason = ""
        answer.entered_by = None
        answer.anonymised = True
        if answer.hearing.anonymise_answers:
            answer.name = ANONYMOUS
            answer.organisation = ""
        answer.save()
    HearingPage.objects.filter(pk__in=hearing_ids).update(personal_data_deleted_at=now)
    return count


retention.register(
    retention.Rule(
        key="hearing_answers",
        label=_(
            "Hearing answers after the hearing's deletion date: email, address, files; "
            "unpublished answers whole"
        ),
        setting=None,
        action=retention.ANONYMISE,
        due=_due,
        apply=purge_answers,
    )
)
retention.register(
    retention.history_of_deleted(
        "hearing_answers_history",
        HearingAnswer,
        _("Admin history of deleted hearing answers: the name in each entry"),
    )
)


def erase_answer(reference: str, email: str) -> bool:
    """An erasure request: the answer with this reference, sent from this email, is deleted
    whole (text, name, address and files). False when no answer matches both."""
    answer = HearingAnswer.objects.filter(
        reference__iexact=reference.strip(), email__iexact=email.strip()
    ).first()
    if answer is None or not email.strip():
        return False
    answer.delete()
    return True
