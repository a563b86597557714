"""Hearing pages: the index, the hearing (dates, documents, related pages, decision)."""

from __future__ import annotations

import datetime as dt

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

from ..state import State, hearing_state
from .answers import HearingAnswer, published_answer_counts

#: Months after the decision that answerers' personal data is kept, unless the page says.
DEFAULT_RETENTION_MONTHS = 12
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
