"""Public hearings (høringer): the hearing pages and the answers citizens send.

A ``HearingPage`` holds what citizens read (summary, documents, dates, the decision); its
state comes from ``hearings.state``. Answers are not pages: ``HearingAnswer`` rows with their
attachments, moderated in the admin (``hearings.wagtail_hooks``) and shown on the page once
published, without email or a hidden address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ContentPage, EasyReadMixin, ImageAltMixin, IndexPage
from core.querysets import PublicPageQuerySet, is_published, listable

from .state import State, hearing_state

#: The answer text's limit, stated on the form.
ANSWER_MAX_LENGTH = 10_000
#: Months after the decision that answerers' personal data is kept, unless the page says.
DEFAULT_RETENTION_MONTHS = 12
REDACTED_MARK = "[…]"
#: The views behind the page's sub-paths (``svar/``, ``bilag/<id>/``), filled in by
#: ``HearingsConfig.ready()`` from ``hearings.views``: the views use the models, so the
#: models do not import them.
subpage_views: dict = {}


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


class HearingIndexPage(IndexPage):
    """ "Høringer": every public hearing, open ones first."""

    subpage_types = ["hearings.HearingPage"]

    class Meta:
        verbose_name = _("hearing index")
        verbose_name_plural = _("hearing indexes")

    def get_hearings(self):
        return HearingPage.objects.listable().descendant_of(self).order_by("-start", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hearings = list(self.get_hearings())
        counts = published_answer_counts([h.pk for h in hearings])
        for hearing in hearings:
            hearing.published_answer_count = counts.get(hearing.pk, 0)
        order = [State.OPEN, State.UPCOMING, State.CLOSED, State.DECIDED]
        context["hearing_groups"] = [
            (state.value, state.label, members)
            for state in order
            if (members := [h for h in hearings if h.state == state])
        ]
        return context


class HearingQuerySet(PublicPageQuerySet):
    def open_now(self, today=None):
        """Listable hearings whose answer form is open today (the state rule's dates part)."""
        today = today or timezone.localdate()
        hearings = self.listable().filter(start__lte=today, deadline__gte=today)
        return [h for h in hearings.order_by("deadline", "pk") if h.state == State.OPEN]


class HearingPage(RoutablePageMixin, EasyReadMixin, ContentPage):
    """One hearing: what is proposed, until when citizens can answer, and what was decided."""

    body = RichTextField(
        _("body"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is proposed and why, in plain language."),
    )
    start = models.DateField(
        _("start"), help_text=_("The first day citizens can answer the hearing.")
    )
    deadline = models.DateField(
        _("response deadline"),
        help_text=_("The last day citizens can answer (the form closes at midnight)."),
    )
    meeting_at = models.DateTimeField(
        _("public meeting"),
        null=True,
        blank=True,
        help_text=_("Optional. Date and time of a citizens' meeting about the hearing."),
    )
    meeting_place = models.CharField(
        _("meeting place"),
        max_length=200,
        blank=True,
        help_text=_("Where the meeting is held, e.g. Vallensbæk Rådhus, byrådssalen."),
    )
    meeting_signup_url = models.URLField(
        _("meeting sign-up link"),
        blank=True,
        help_text=_("Optional. Where citizens sign up for the meeting."),
    )
    department = models.CharField(
        _("responsible department"),
        max_length=150,
        help_text=_("The department responsible for the hearing, e.g. Teknik og Miljø."),
    )
    contact = models.ForeignKey(
        "core.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who citizens can contact with questions about the hearing."),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        verbose_name=_("topics"),
        help_text=_("The subjects the hearing is about."),
    )
    hearing_note = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("hearing summary (høringsnotat)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("After the deadline: the administration's comments on the answers."),
    )
    decision_text = models.TextField(
        _("decision"),
        blank=True,
        max_length=3000,
        help_text=_(
            "What was decided. With a decision date that has come, the hearing is decided "
            "and everyone who answered gets an email once."
        ),
    )
    decision_date = models.DateField(
        _("decision date"), null=True, blank=True, help_text=_("When the decision was made.")
    )
    decision_url = models.URLField(
        _("link to the political decision"),
        blank=True,
        help_text=_("E.g. the minutes of the city council meeting."),
    )
    retention_date = models.DateField(
        _("delete personal data on"),
        null=True,
        blank=True,
        help_text=_(
            "When answerers' names, emails, addresses and files are deleted. Empty: 12 "
            "months after the decision date."
        ),
    )
    anonymise_answers = models.BooleanField(
        _("anonymise published answers"),
        default=False,
        help_text=_(
            "On the deletion date, also remove the names and organisations from the published "
            "answers (the text stays)."
        ),
    )
    personal_data_deleted_at = models.DateTimeField(
        _("personal data deleted"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the retention command deleted the answerers' personal data."),
    )

    objects = PageManager.from_queryset(HearingQuerySet)()

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        FieldPanel("body"),
        *EasyReadMixin.easy_read_panels,
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("deadline")])],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("meeting_at"),
                FieldPanel("meeting_place"),
                FieldPanel("meeting_signup_url"),
            ],
            heading=_("Public meeting"),
        ),
        MultiFieldPanel(
            [FieldPanel("department"), FieldPanel("contact"), FieldPanel("topics")],
            heading=_("Responsible"),
        ),
        InlinePanel("related_pages", heading=_("Related pages"), label=_("related page")),
        MultiFieldPanel(
            [
                FieldPanel("hearing_note"),
                FieldPanel("decision_text"),
                FieldRowPanel([FieldPanel("decision_date"), FieldPanel("decision_url")]),
            ],
            heading=_("After the hearing"),
        ),
        MultiFieldPanel(
            [FieldPanel("retention_date"), FieldPanel("anonymise_answers")],
            heading=_("Personal data"),
        ),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        *EasyReadMixin.easy_read_search_fields,
        index.SearchField("department"),
        index.FilterField("start"),
        index.FilterField("deadline"),
    ]
    api_fields = [
        *ContentPage.api_fields,
        "state",
        "body",
        *EasyReadMixin.easy_read_api_fields,
        "start",
        "deadline",
        "meeting_at",
        "meeting_place",
        "meeting_signup_url",
        "department",
        "contact",
        "topics",
        "documents",
        "hearing_note",
        "decision_text",
        "decision_date",
        "decision_url",
        "published_answer_count",
        "published_answers",
    ]

    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []
    #: The answer form's thank-you page (``submissions.public_form.SENT_PARAM``).
    query_params = ("sendt",)

    class Meta:
        verbose_name = _("hearing")
        verbose_name_plural = _("hearings")

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_hearing_dates]

    def clean_hearing_dates(self) -> dict:
        errors = {}
        if self.start and self.deadline and self.deadline < self.start:
            errors["deadline"] = _("The response deadline must be on or after the start.")
        if self.decision_date and self.deadline and self.decision_date < self.deadline:
            errors["decision_date"] = _("The decision date must be after the response deadline.")
        if self.decision_date and not self.decision_text.strip():
            errors["decision_text"] = _("Write the decision when a decision date is set.")
        return errors

    # State ---------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return hearing_state(
            start=self.start,
            deadline=self.deadline,
            decision_text=self.decision_text,
            decision_date=self.decision_date,
        ).value

    def get_state_display(self) -> str:
        return str(State(self.state).label)

    @property
    def is_open(self) -> bool:
        return self.state == State.OPEN

    def closes_at(self) -> dt.datetime:
        """The moment the form closes: midnight after the deadline, Danish time."""
        return dt.datetime.combine(
            self.deadline + dt.timedelta(days=1),
            dt.time.min,
            tzinfo=timezone.get_current_timezone(),
        )

    def effective_retention_date(self) -> dt.date | None:
        if self.retention_date:
            return self.retention_date
        if self.decision_date:
            return add_months(self.decision_date, DEFAULT_RETENTION_MONTHS)
        return None

    # Public content ------------------------------------------------------------------------

    def public_answers(self):
        return (
            self.answers.filter(status=HearingAnswer.Status.PUBLISHED)
            .prefetch_related("attachments")
            .order_by("created_at", "pk")
        )

    @property
    def published_answer_count(self) -> int:
        cached = getattr(self, "_published_answer_count", None)
        if cached is None:
            cached = self.answers.filter(status=HearingAnswer.Status.PUBLISHED).count()
        return cached

    @published_answer_count.setter
    def published_answer_count(self, value: int) -> None:
        self._published_answer_count = value

    @property
    def published_answers(self) -> list[dict]:
        """What the API shows of each published answer: never email or a hidden address."""
        return [answer.public_data() for answer in self.public_answers()]

    def get_related_pages(self) -> list:
        rows = list(self.related_pages.all())
        visible = {
            page.pk: page
            for page in listable(Page.objects.filter(pk__in=[row.page_id for row in rows]))
        }
        return [visible[row.page_id].specific for row in rows if row.page_id in visible]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["answers"] = list(self.public_answers())
        return context

    # Routing -------------------------------------------------------------------------------

    def route(self, request, path_components):
        # BasePage checks the schedule only for the page itself; the answer form and the
        # attachments of an expired or future hearing must not be reachable either.
        if not is_published(self):
            raise Http404
        return super().route(request, path_components)

    @path("svar/")
    def answer_form(self, request):
        return subpage_views["answer_form"](request, self)

    @path("bilag/<int:attachment_id>/")
    def attachment(self, request, attachment_id):
        return subpage_views["attachment"](request, self, attachment_id)

    def answer_url(self, request=None) -> str:
        return self.url + "svar/" if self.url else ""

    def full_answer_url(self) -> str:
        full = self.get_full_url()
        return full + "svar/" if full else ""


class HearingDocument(Orderable):
    hearing = ParentalKey(HearingPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A document in the hearing, e.g. the proposed local plan."),
    )
    title = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("Optional. Shown instead of the document's own title."),
    )

    api_fields = ["document", "title"]
    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("hearing document")
        verbose_name_plural = _("hearing documents")


class HearingRelatedPage(Orderable):
    hearing = ParentalKey(HearingPage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="hearing_links",
        help_text=_(
            "A page the hearing is about, e.g. a renovation project. That page then shows "
            "the hearing and its deadline."
        ),
    )

    api_fields = ["page"]
    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


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
        HearingPage,
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
