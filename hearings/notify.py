"""Emails to answerers: the receipt with a copy of the answer, and the decision (once each).

Plain-text emails through Django's email backend; a failing mail server is logged and never
undoes a saved answer or a published decision. The decision goes out when the page is
published with a decision (``hearings.signals``) and is recorded per answer
(``decision_sent_at``): a re-save, a second publish or a second worker sends nothing again.
"""

from __future__ import annotations

import logging

from django.core.mail import send_mail
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.models import MunicipalitySettings

from .models import HearingAnswer, HearingPage
from .state import State

logger = logging.getLogger(__name__)


def send_receipt(answer: HearingAnswer, request=None) -> bool:
    if not answer.email:
        return False
    context = {
        "answer": answer,
        "hearing": answer.hearing,
        "municipality": MunicipalitySettings.for_request_or_empty(request),
    }
    try:
        send_mail(
            _("Your answer to the hearing (reference %(reference)s)")
            % {"reference": answer.reference},
            render_to_string("hearings/emails/receipt.txt", context),
            None,
            [answer.email],
        )
    except Exception:
        logger.exception("Receipt for hearing answer %s could not be sent", answer.pk)
        return False
    return True


def send_decision_emails(hearing_id: int) -> int:
    """Tell every answerer of a decided hearing about the decision, one email per address.

    Idempotent: each address is claimed in the database (``decision_sent_at``) before its
    email is sent, so running this again (a re-save, a second publish) sends nothing.
    """
    hearing = HearingPage.objects.filter(pk=hearing_id).first()
    if hearing is None or hearing.state != State.DECIDED:
        return 0
    sent = 0
    answers = (
        HearingAnswer.objects.filter(hearing=hearing)
        .exclude(email="")
        .annotate(address_key=Lower("email"))
        .order_by("created_at", "pk")
    )
    groups: dict[str, list[HearingAnswer]] = {}
    for answer in answers:
        groups.setdefault(answer.address_key, []).append(answer)
    with translation.override("da"):
        for group in groups.values():
            if any(a.decision_sent_at for a in group):
                continue
            claimed = HearingAnswer.objects.filter(
                pk__in=[a.pk for a in group], decision_sent_at__isnull=True
            ).update(decision_sent_at=timezone.now())
            if not claimed:
                continue
            first = group[0]
            context = {
                "answer": first,
                "hearing": hearing,
                # No request in the worker: the hearing's own site signs the email.
                "municipality": MunicipalitySettings.for_site_or_empty(hearing.get_site()),
            }
            try:
                send_mail(
                    _("Decision on the hearing: %(title)s") % {"title": hearing.title},
                    render_to_string("hearings/emails/decision.txt", context),
                    None,
                    [first.email],
                )
                sent += 1
            except Exception:
                logger.exception("Decision email for hearing answer %s failed", first.pk)
                # Not sent: let a later run try again.
                HearingAnswer.objects.filter(pk__in=[a.pk for a in group]).update(
                    decision_sent_at=None
                )
    return sent
