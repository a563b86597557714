"""Answers to a hearing: the rows citizens and staff send, and their attachments."""

from __future__ import annotations

import hashlib
import re
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The answer text's limit, stated on the form.
ANSWER_MAX_LENGTH = 10_000
REDACTED_MARK = "[…]"


def normalise_text(text: str) -> str:
    return " ".join((text or "").split())


def answer_fingerprint(hearing_id: int, who: str, text: str) -> str:
    """The same answer from the same address (or, without one, the same name) to the same
    hearing: one row, not two."""
    raw = f"{hearing_id}\n{(who or '').strip().lower()}\n{normalise_text(text)}"
    return hashlib.sha256(raw.encode()).hexdigest()


class HearingAnswer(models.Model):
    """One answer to a hearing, from the web form or typed in by staff."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    class Channel(models.TextChoices):
        WEB = "web", _("Web form")
        PHONE = "phone", _("Telephone")
        IN_PERSON = "in_person", _("In person")
        LETTER = "letter", _("Letter")

    class Respondent(models.TextChoices):
        PERSON = "person", _("Myself")
        ORGANISATION = "organisation", _("An organisation or association")

    hearing = models.ForeignKey(
        "hearings.HearingPage",
        verbose_name=_("hearing"),
        on_delete=models.CASCADE,
        related_name="answers",
        help_text=_("The hearing the answer is for."),
    )
    reference = models.CharField(
        _("reference"),
        max_length=20,
        unique=True,
        editable=False,
        help_text=_("The number in the receipt, quoted when the answerer calls or writes."),
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("The answerer's name. Shown with the answer.")
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("For the receipt and the decision. Never shown publicly."),
    )
    address = models.CharField(
        _("postal address"),
        max_length=200,
        blank=True,
        help_text=_("Shown with the answer unless the answerer asked us not to."),
    )
    hide_address = models.BooleanField(
        _("address hidden"),
        default=False,
        help_text=_("The answerer asked us not to show their address publicly."),
    )
    respondent = models.CharField(
        _("answering as"),
        max_length=20,
        choices=Respondent.choices,
        default=Respondent.PERSON,
        help_text=_("As a private person or on behalf of an organisation."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("The organisation or association the answer is sent for."),
    )
    text = models.TextField(
        _("answer"), max_length=ANSWER_MAX_LENGTH, help_text=_("The answer as it was sent.")
    )
    redacted_passages = models.TextField(
        _("hidden passages"),
        blank=True,
        max_length=ANSWER_MAX_LENGTH,
        help_text=_(
            "Text to hide in the published answer, one passage per line, copied exactly "
            "from the answer (e.g. a neighbour's name or a CPR number)."
        ),
    )
    redaction_note = models.CharField(
        _("note on hidden text"),
        max_length=300,
        blank=True,
        help_text=_("Shown with the answer, e.g. “Personoplysninger om tredjepart er fjernet.”"),
    )
    rejection_reason = models.TextField(
        _("reason for rejection"),
        blank=True,
        max_length=2000,
        help_text=_("Internal. Never shown to the public or the answerer."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
        help_text=_("Answers wait for moderation before they are shown."),
    )
    channel = models.CharField(
        _("received by"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.WEB,
        help_text=_("How the answer reached us."),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who typed in the answer on the answerer's behalf."),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text=_("Who published or rejected the answer."),
    )
    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        editable=False,
        help_text=_("The same answer sent twice is stored once."),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    published_at = models.DateTimeField(
        _("published"), null=True, blank=True, editable=False, help_text=_("When published.")
    )
    decision_sent_at = models.DateTimeField(
        _("decision email sent"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the answerer was told about the decision (sent once)."),
    )
    anonymised = models.BooleanField(
        _("anonymised"),
        default=False,
        editable=False,
        help_text=_("The personal data was deleted by the retention command."),
    )

    class Meta:
        verbose_name = _("hearing answer")
        verbose_name_plural = _("hearing answers")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One answer, not two, when the same text is posted twice (a double click, a
            # reload): PostgreSQL refuses the second row; the form treats it as sent.
            models.UniqueConstraint(fields=["hearing", "fingerprint"], name="hearing_answer_once"),
        ]

    def __str__(self):
        return f"{self.reference} {self.name}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = new_reference()
        if not self.fingerprint:
            self.fingerprint = answer_fingerprint(
                self.hearing_id, self.email or self.name, self.text
            )
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.respondent == self.Respondent.ORGANISATION and not self.organisation.strip():
            raise ValidationError({"organisation": _("Write the organisation's name.")})

    @property
    def public_address(self) -> str:
        return "" if self.hide_address else self.address

    @property
    def public_text(self) -> str:
        """The text with every hidden passage replaced by ``[…]``."""
        text = self.text
        for passage in (p.strip() for p in self.redacted_passages.splitlines()):
            if passage:
                text = re.sub(re.escape(passage), REDACTED_MARK, text, flags=re.IGNORECASE)
        return text

    @property
    def attachment_names(self) -> str:
        return ", ".join(a.original_name for a in self.attachments.all())

    @property
    def is_redacted(self) -> bool:
        return bool(self.redacted_passages.strip())

    def public_data(self) -> dict:
        return {
            "reference": self.reference,
            "name": self.name,
            "organisation": self.organisation,
            "address": self.public_address,
            "date": timezone.localdate(self.created_at).isoformat(),
            "text": self.public_text,
            "redaction_note": self.redaction_note if self.is_redacted else "",
            "attachments": [
                {"name": a.original_name, "url": a.public_url(self.hearing)}
                for a in self.attachments.all()
            ],
        }


def new_reference() -> str:
    """``H-7K3Q9P``: short to read aloud on the phone, not guessable from the next answer."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        value = uuid.uuid4().int
        code = "".join(alphabet[(value >> (5 * i)) & 31] for i in range(6))
        reference = f"H-{code}"
        if not HearingAnswer.objects.filter(reference=reference).exists():
            return reference


def attachment_path(instance, filename) -> str:
    # A random name: nothing of the answerer's file name ends up in the storage.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"hearings/answers/{uuid.uuid4().hex}.{extension}"


class AnswerAttachment(models.Model):
    answer = models.ForeignKey(
        HearingAnswer,
        verbose_name=_("answer"),
        on_delete=models.CASCADE,
        related_name="attachments",
        help_text=_("The answer the file came with."),
    )
    file = models.FileField(
        _("file"), upload_to=attachment_path, help_text=_("A PDF or an image, checked on upload.")
    )
    original_name = models.CharField(
        _("file name"), max_length=200, help_text=_("The file's name as the answerer sent it.")
    )
    size = models.PositiveIntegerField(_("size"), default=0, help_text=_("In bytes."))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name

    def public_url(self, hearing) -> str:
        base = hearing.url or ""
        return f"{base}bilag/{self.pk}/" if base else ""


def published_answer_counts(hearing_ids) -> dict[int, int]:
    rows = (
        HearingAnswer.objects.filter(
            hearing_id__in=hearing_ids, status=HearingAnswer.Status.PUBLISHED
        )
        .values("hearing_id")
        .annotate(n=models.Count("pk"))
    )
    return {row["hearing_id"]: row["n"] for row in rows}
