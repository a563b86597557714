"""Association guides ("foreningsguider"): step-by-step help, reviewed on a schedule."""

import calendar
import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from core.blocks import GuideStepBlock
from core.models import ContentPage, EasyReadMixin, ImageAltMixin, IndexPage
from core.pagination import PAGE_PARAM, paginate_directory
from core.querysets import PublicPageQuerySet


class GuideIndexPage(IndexPage):
    subpage_types = ["guides.GuidePage"]
    query_params = (PAGE_PARAM,)

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    @property
    def directory_name(self) -> str:
        """The name the guides' order is remembered under (``core.pagination``)."""
        return f"guides:{self.pk}"

    def get_guides(self):
        return GuidePage.objects.listable().descendant_of(self).order_by("title", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = paginate_directory(request, self.directory_name, self.get_guides())
        return context


class GuideQuerySet(PublicPageQuerySet):
    def overdue_for_review(self, today=None):
        """Guides (live or draft) whose review date has passed, most overdue first."""
        today = today or timezone.localdate()
        return self.filter(review_due__lt=today).order_by("review_due", "pk")


class GuidePage(EasyReadMixin, ContentPage):
    """A guide with numbered steps, checklists, downloads and contacts."""

    steps = StreamField(
        [("step", GuideStepBlock())],
        verbose_name=_("steps"),
        help_text=_(
            "Numbered steps, each with text, an optional checklist, downloads and a contact."
        ),
    )
    contact = models.ForeignKey(
        "core.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who associations can contact about the guide."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=dt.date.today,
        help_text=_("The date someone last checked that the guide is correct."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review every (months)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("How often the guide must be checked. Overdue guides appear in Reports."),
    )
    # Derived from the two fields above on save, so the overdue report is one indexed query.
    review_due = models.DateField(_("review due"), editable=False, db_index=True)

    objects = PageManager.from_queryset(GuideQuerySet)()

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        FieldPanel("steps"),
        FieldPanel("contact"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_interval_months")],
            heading=_("Review"),
        ),
        *EasyReadMixin.easy_read_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("steps"),
        *EasyReadMixin.easy_read_search_fields,
    ]

    api_fields = [
        *ContentPage.api_fields,
        "steps",
        "contact",
        "last_reviewed",
        *EasyReadMixin.easy_read_api_fields,
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def save(self, *args, **kwargs):
        self.review_due = add_months(self.last_reviewed, self.review_interval_months)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"last_reviewed", "review_interval_months"} & set(
            update_fields
        ):
            kwargs["update_fields"] = {*update_fields, "review_due"}
        super().save(*args, **kwargs)

    def is_overdue(self, today=None) -> bool:
        return self.review_due < (today or timezone.localdate())

    def days_overdue(self, today=None) -> int:
        return max(0, ((today or timezone.localdate()) - self.review_due).days)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
