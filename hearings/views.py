"""The answer form (``<hearing>/svar/``) and published answers' attachments (``<hearing>/bilag/<id>/``).

The form reuses the public forms' defences (``submissions``): the honeypot, the rate limit
counted on success (``form_quota``), size limits on every field, checked uploads, and the
one-time thank-you message. The state rule decides whether it is open, for every method: a
POST that arrives after midnight on the deadline day is refused like a GET.
"""

from __future__ import annotations

import logging
import mimetypes

from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from submissions import form_quota, thank_you
from submissions.public_form import HONEYPOT_FIELD, SENT_PARAM, or_call_us

from . import notify
from .forms import AnswerForm
from .models import AnswerAttachment, HearingAnswer, answer_fingerprint
from .state import State

logger = logging.getLogger(__name__)

TEMPLATE = "hearings/answer_form.html"


def closed_message(hearing) -> str:
    if hearing.state == State.UPCOMING:
        return _("The hearing has not started yet. You can answer from %(date)s.") % {
            "date": _date(hearing.start)
        }
    return _(
        "The hearing closed on %(date)s, so answers can no longer be sent. Contact the "
        "department if you have questions."
    ) % {"date": _date(hearing.deadline)}


def _date(value) -> str:
    from django.utils.formats import date_format

    return date_format(value, "j. F Y")


def _render(request, hearing, form, *, status=200, error_message=None, **extra):
    context = hearing.get_context(request)
    context.update(
        form=form,
        honeypot_field=form[HONEYPOT_FIELD],
        error_message=error_message,
        closed_message=None if hearing.is_open else closed_message(hearing),
        **extra,
    )
    return TemplateResponse(request, TEMPLATE, context, status=status)


def answer_form(request, hearing):
    if request.method not in ("GET", "HEAD", "POST"):
        raise Http404
    if request.method != "POST":
        if SENT_PARAM in request.GET:
            return _render(request, hearing, AnswerForm(), sent=True, **thank_you.recall(request))
        return _render(request, hearing, AnswerForm())

    form = AnswerForm(request.POST, request.FILES)
    if not hearing.is_open:
        return _render(request, hearing, form, status=410)
    verdict = form_quota.blocked(request)
    if verdict.limited:
        response = _render(
            request,
            hearing,
            form,
            status=429,
            error_message=or_call_us(request, form_quota.retry_message(verdict.retry_after)),
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    if form.is_spam():
        logger.info("Hearing %s: honeypot filled, answer dropped", hearing.pk)
        return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")
    if not form.is_valid():
        return _render(
            request,
            hearing,
            form,
            status=422,
            error_message=_("Please correct the errors marked below. Nothing was sent yet."),
        )
    try:
        answer, created = save_answer(hearing, form.cleaned_data)
    except Exception:
        logger.exception("Answer to hearing %s failed", hearing.pk)
        return _render(
            request,
            hearing,
            form,
            status=500,
            error_message=or_call_us(
                request,
                _("Sorry, something went wrong and your answer was not saved. Try again later."),
            ),
        )
    if created:
        form_quota.record_accepted(request)
        notify.send_receipt(answer, request)
    thank_you.remember(request, reference=answer.reference, email=answer.email)
    return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")


def save_answer(hearing, data, *, channel=HearingAnswer.Channel.WEB, entered_by=None):
    """Store one answer with its files, all or nothing; ``(answer, created)``.

    The same answer from the same address again returns the first one (``created`` False).
    """
    fingerprint = answer_fingerprint(hearing.pk, data.get("email") or data["name"], data["text"])
    existing = HearingAnswer.objects.filter(hearing=hearing, fingerprint=fingerprint).first()
    if existing:
        return existing, False
    stored = []
    try:
        with transaction.atomic():
            answer = HearingAnswer.objects.create(
                hearing=hearing,
                name=data["name"],
                email=data.get("email", ""),
                address=data.get("address", ""),
                hide_address=data.get("hide_address", False),
                respondent=data["respondent"],
                organisation=data.get("organisation", "")
                if data["respondent"] == HearingAnswer.Respondent.ORGANISATION
                else "",
                text=data["text"].strip(),
                channel=channel,
                entered_by=entered_by,
                fingerprint=fingerprint,
            )
            for f in data.get("attachments", []):
                attachment = AnswerAttachment(
                    answer=answer,
                    original_name=getattr(f, "original_name", f.name)[:200],
                    size=f.size,
                )
                attachment.file.save(f.name, f, save=False)
                stored.append(attachment.file)
                attachment.save()
    except IntegrityError:
        # The same answer arrived twice at the same moment: the other request stored it.
        for file in stored:
            file.delete(save=False)
        existing = HearingAnswer.objects.filter(hearing=hearing, fingerprint=fingerprint).first()
        if existing is None:
            raise
        return existing, False
    except Exception:
        # The transaction rolled the rows back; the stored files have to go by hand.
        for file in stored:
            file.delete(save=False)
        raise
    return answer, True


def attachment(request, hearing, attachment_id):
    """A published answer's file, as a download; anything else is a 404."""
    found = (
        AnswerAttachment.objects.filter(
            pk=attachment_id,
            answer__hearing=hearing,
            answer__status=HearingAnswer.Status.PUBLISHED,
        )
        .select_related("answer")
        .first()
    )
    if found is None or not found.file:
        raise Http404
    content_type = mimetypes.guess_type(found.original_name)[0] or "application/octet-stream"
    response = FileResponse(
        found.file.open("rb"),
        as_attachment=True,
        filename=found.original_name,
        content_type=content_type,
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
