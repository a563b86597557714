"""News: an index page and articles, written by staff or by associations."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import page_cache
from core.blocks import BodyStreamBlock
from core.metadata import full_image_url, government_organization, with_context
from core.models import ContentPage, EasyReadMixin, ImageAltMixin, IndexPage, Topic
from core.pagination import PAGE_PARAM, paginate
from core.querysets import listable

from .forms import NewsArticleForm


class NewsIndexPage(IndexPage):
    """Lists news articles ("Nyheder")."""

    subpage_types = ["news.NewsArticlePage"]
    query_params = ("topic", PAGE_PARAM)

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_articles(self):
        return NewsArticlePage.objects.listable().descendant_of(self).order_by("-date", "-pk")

    def get_topics(self):
        """Topics that have at least one public article here, for the topic filter.

        Which topics those are is kept until the next publish (``page_cache.remembered``):
        finding them read every article's topics, 37 ms of the page at 100,000 pages.
        """
        ids = page_cache.remembered(
            f"news-topics:{self.pk}",
            lambda: list(
                Topic.objects.filter(
                    locale_id=self.locale_id, pk__in=self.get_articles().values("topics")
                ).values_list("pk", flat=True)
            ),
        )
        return Topic.objects.filter(locale_id=self.locale_id, pk__in=ids)

    def get_context(self, request, *args, **kwargs):
        from wagtail.images import get_image_model

        context = super().get_context(request, *args, **kwargs)
        topics = list(self.get_topics())
        slug = request.GET.get("topic")
        current = next((t for t in topics if t.slug == slug), None)
        if slug and current is None:
            page_cache.dont_store(request)  # shows every article, like the plain page
        articles = self.get_articles().prefetch_related(
            models.Prefetch("image", queryset=get_image_model().objects.prefetch_renditions())
        )
        if current is not None:
            articles = articles.filter(topics=current)
        context["topics"] = topics
        context["current_topic"] = current
        # Counted up to 1,000: an exact count of every article was 22 ms at 100,000 pages.
        context["articles"] = paginate(request, articles, capped=True)
        return context


class NewsArticlePage(EasyReadMixin, ContentPage):
    """A news article with a required plain-language summary."""

    base_form_class = NewsArticleForm

    # Indexed: every listing (API, website, screens) shows the newest first; at 100 000
    # pages sorting all articles took 100 ms per request (make bench).
    date = models.DateField(
        _("news date"),
        default=datetime.date.today,
        help_text=_("Shown on the article."),
        db_index=True,
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("content"),
        help_text=_(
            "The article text: paragraphs, headings, images, quotes, fact boxes and more."
        ),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Citizens and info screens can follow news by topic."),
    )
    audiences = ParentalManyToManyField(
        "core.Audience",
        blank=True,
        verbose_name=_("audiences"),
        help_text=_("Who the news is mainly for."),
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Featured news are shown first on the front page."),
    )
    contact = models.ForeignKey(
        "core.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who citizens can contact about the news."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("audiences"), FieldPanel("featured")],
            heading=_("Classification"),
        ),
        FieldPanel("contact"),
        InlinePanel("related_pages", label=_("Related pages")),
        *EasyReadMixin.easy_read_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("featured"),
        *EasyReadMixin.easy_read_search_fields,
    ]

    api_fields = [
        *ContentPage.api_fields,
        "date",
        "body",
        "topics",
        "audiences",
        "featured",
        "contact",
        "related_pages",
        *EasyReadMixin.easy_read_api_fields,
    ]

    parent_page_types = ["news.NewsIndexPage", "associations.AssociationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        indexes = [
            # The front page: featured first, then newest (make bench: 100 ms at 100 000
            # pages without it).
            models.Index(fields=["featured", "date", "page_ptr"], name="news_featured_date_idx"),
        ]

    og_type = "article"

    def json_ld(self, request) -> dict:
        """The article as a schema.org ``NewsArticle``, published by the municipality."""
        data = {
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.meta_description(),
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "publisher": government_organization(request, self),
        }
        if self.last_published_at:
            data["dateModified"] = timezone.localtime(self.last_published_at).isoformat()
        if self.image_id:
            data["image"] = [full_image_url(self.image)]
        return with_context(data)

    def get_related_pages(self) -> list:
        """Related pages a visitor can open, in the editor's order (drafts and private left out)."""
        rows = list(self.related_pages.all())
        visible = {
            page.pk: page
            for page in listable(
                Page.objects.filter(pk__in=[row.page_id for row in rows]),
                tags=[f"p{row.page_id}" for row in rows],
            )
        }
        return [visible[row.page_id] for row in rows if row.page_id in visible]


class NewsRelatedPage(Orderable):
    article = ParentalKey(NewsArticlePage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page readers may want to read next."),
    )

    api_fields = ["page"]
    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
