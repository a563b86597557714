""" "Let dansk": an optional easy-read version of a page, offered at ``<page>?version=let``.

One definition for every page type citizens read (news, guides, renovation projects and,
after the merge, hearings). A page type takes it in three lines::

    class HearingPage(EasyReadMixin, ContentPage):
        content_panels = [..., *EasyReadMixin.easy_read_panels]
        api_fields = [..., *EasyReadMixin.easy_read_api_fields]

The page then offers "Læs let version" (``templates/base.html`` shows the link from the
``easy_read`` context) and serves the easy-read text with ``core/easy_read/page.html`` at
``?version=let``. It is the same page at the same path, so ``BasePage.route()`` applies the
page's own visibility (drafts, private, expired and future pages are 404 here too), and the
page cache keys on ``version`` because the page declares it in ``get_query_params()``.

The editor sees the LIX meter under the field with its own target, ``EASY_READ_LIX_TARGET``
(``core.readability_admin``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core import page_cache
from core.readability import lix, text_from_html

#: The GET parameter and its value that ask for the easy-read version.
VERSION_PARAM = "version"
EASY_READ_VALUE = "let"
#: LIX an easy-read text should stay at or below (the meter's target; LIX < 35 is "easy").
EASY_READ_LIX_TARGET = 30
#: Easy-read text is plain: short paragraphs, subheadings, lists and links, no images.
EASY_READ_FEATURES = ["bold", "link", "ol", "ul", "h2", "h3"]
EASY_READ_TEMPLATE = "core/easy_read/page.html"


class EasyReadMixin(models.Model):
    """An optional easy-read ("let dansk") version of the page's text."""

    easy_read = RichTextField(
        _("easy-read version"),
        blank=True,
        features=EASY_READ_FEATURES,
        help_text=_(
            "Optional. The page's content in easy Danish: short sentences, everyday words, "
            "one message per paragraph. Aim for LIX 30 or lower. When filled in, the page "
            "offers a link to read the easy version."
        ),
    )

    easy_read_panels = [
        MultiFieldPanel(
            [FieldPanel("easy_read")],
            heading=_("Easy-read version (let dansk)"),
            classname="collapsed",
        )
    ]
    easy_read_api_fields = ["easy_read"]
    easy_read_search_fields = [index.SearchField("easy_read")]

    class Meta:
        abstract = True

    @property
    def has_easy_read(self) -> bool:
        return bool(text_from_html(self.easy_read or "").strip())

    def easy_read_lix(self):
        """The LIX of the easy-read text (``core.readability.Lix``)."""
        return lix(text_from_html(self.easy_read or ""))

    def get_query_params(self) -> tuple[str, ...]:
        return (*super().get_query_params(), VERSION_PARAM)

    def wants_easy_read(self, request) -> bool:
        """Whether this request asks for, and gets, the easy-read version."""
        value = request.GET.get(VERSION_PARAM)
        if value is None:
            return False
        if value == EASY_READ_VALUE and self.has_easy_read:
            return True
        # ``?version=xyz``, or ``?version=let`` on a page without one: the plain page is
        # shown, and the junk value earns no cache entry of its own.
        page_cache.dont_store(request)
        return False

    def get_template(self, request, *args, **kwargs):
        if self.wants_easy_read(request):
            return EASY_READ_TEMPLATE
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.has_easy_read:
            url = self.get_url(request) or ""
            context["easy_read"] = {
                "active": self.wants_easy_read(request),
                "url": f"{url}?{VERSION_PARAM}={EASY_READ_VALUE}",
                "standard_url": url,
            }
        return context
