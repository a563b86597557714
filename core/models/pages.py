"""Abstract page types every content page builds on."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.http import Http404
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, get_page_models
from wagtail.search import index

from core.preview import HeadlessPreviewModeMixin
from core.querysets import PublicPageManager, is_published
from core.validators import one_line, validate_single_line

SUMMARY_MAX_LENGTH = 300
#: A meta description longer than this is cut (search engines show about 160 characters).
DESCRIPTION_MAX_LENGTH = 300


class ImageAltMixin(models.Model):
    """A main image with contextual alt text, required whenever an image is chosen."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The main image, shown at the top and in lists."),
    )
    image_alt = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Required with an image."
        ),
    )

    image_panels = [
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image"))
    ]

    class Meta:
        abstract = True

    def clean_image_alt(self) -> dict:
        if self.image_id and not self.image_alt.strip():
            return {"image_alt": _("Alt text is required when an image is chosen.")}
        return {}


class BasePage(HeadlessPreviewModeMixin, Page):
    """Base for every project page type: shared admin, search and template conventions."""

    objects = PublicPageManager()

    #: Fields the headless API exposes beyond Page's own (see core.api.fields).
    api_fields = []
    # The schedule as filters lets ``SomePage.objects.listable().search(...)`` run on every
    # backend; search across all types goes through search.query instead.
    search_fields = [
        *Page.search_fields,
        index.FilterField("go_live_at"),
        index.FilterField("expire_at"),
    ]
    #: The GET parameters the page's view reads. The page sees only these in ``request.GET``,
    #: and the page cache keys on only these (``core.page_cache.use_query``).
    query_params: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_query_params(self) -> tuple[str, ...]:
        """The GET parameters this page reads (override when they derive from a form)."""
        return self.query_params

    #: Open Graph ``og:type`` (``core.metadata``); news articles say "article".
    og_type = "website"
    #: Fields a meta description falls back to, in order, when the editor wrote none.
    description_fields: tuple[str, ...] = ("summary", "intro", "hero_text")

    def meta_description(self) -> str:
        """The page's meta description: the editor's, else its summary, intro or hero text."""
        for name in ("search_description", *self.description_fields):
            text = getattr(self, name, "") or ""
            if text.strip():
                return Truncator(" ".join(text.split())).chars(DESCRIPTION_MAX_LENGTH)
        return ""

    def json_ld(self, request) -> dict | list | None:
        """The page's schema.org JSON-LD (``core.metadata``); page types that have one say it."""
        return None

    def route(self, request, path_components):
        # Wagtail serves any live page; expired ones stay live until publish_scheduled runs,
        # and an imported row may be live before its go-live time. Checked here rather than
        # in serve() so that every method is refused, a form's POST included. Children
        # stay reachable: they have their own schedule.
        if not path_components and not is_published(self):
            raise Http404
        return super().route(request, path_components)

    def clean(self):
        super().clean()
        errors = {}
        try:
            validate_single_line(self.title or "")
        except ValidationError as exc:
            errors["title"] = exc.messages
        for hook in self.get_clean_hooks():
            errors.update(hook())
        if errors:
            raise ValidationError(errors)

    def get_admin_display_title(self):
        # Wagtail puts this title in the Subject of its moderation emails, where a line break
        # makes Django refuse to send (BadHeaderError) and the moderators never hear of the
        # page. clean() keeps new titles on one line; this covers titles saved by code.
        return one_line(super().get_admin_display_title())

    def get_clean_hooks(self) -> list:
        """Validation steps returning ``{field: message}``; all errors are shown at once."""
        return []


class ContentPage(ImageAltMixin, BasePage):
    """A page with a plain-language summary and a main image (news, activities, guides …)."""

    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        # TextField's max_length only shapes the form; the validator also guards the API.
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_(
            "A short plain-language summary (at most 300 characters). Shown in lists, "
            "search results and on screens."
        ),
    )

    screen_title = models.CharField(
        _("short title for info screens"),
        max_length=60,
        blank=True,
        help_text=_("Optional. Shown on the info screens instead of the title when set."),
    )

    api_fields = ["summary", "image", "screen_title"]
    search_fields = [*BasePage.search_fields, index.SearchField("summary")]
    promote_panels = [*BasePage.promote_panels, FieldPanel("screen_title")]

    class Meta:
        abstract = True

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_image_alt]


class IndexPage(BasePage):
    """A section under the home page that lists one kind of content, e.g. "Nyheder"."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("A short text shown above the list."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = ["intro"]
    # One of each section per home page (and so per language).
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @classmethod
    def clean_parent_page_models(cls):
        """The page types that name this section in their own ``subpage_types``.

        That is the home page: it lists its sections, and a section may sit nowhere else.
        The rule is stated this way round so the kernel need not name the home page's app,
        which sits above it. Page types that allow any child (the tree root) do not count.
        """
        if cls._clean_parent_page_models is None:
            cls._clean_parent_page_models = [
                model
                for model in get_page_models()
                if getattr(model, "subpage_types", None) is not None
                and cls in model.clean_subpage_models()
            ]
        return cls._clean_parent_page_models
