import copy

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import page_cache
from .admin_visibility import limit_to_visible
from .autosave import refuse_autosave_on_create
from .media import may_download
from .models import Audience, Contact, Topic
from .scheduling import warn_if_go_live_in_past
from .staff import is_staff, is_staff_only_menu_item


@hooks.register("before_serve_page")
def read_declared_query_only(page, request, serve_args, serve_kwargs):
    """Every page sees, and is cached by, only the GET parameters its type declares."""
    get_params = getattr(page, "get_query_params", None)
    page_cache.use_query(request, get_params() if get_params else ())


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "sort_order"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "role", "email", "phone"]
    search_fields = ["name", "role"]


class ClassificationGroup(SnippetViewSetGroup):
    menu_label = _("Topics and contacts")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, AudienceViewSet, ContactViewSet)


register_snippet(ClassificationGroup)


@hooks.register("before_serve_document")
def only_serve_published_documents(document, request):
    """A document no public page uses is "not found" to the public (``core.media``).

    404 rather than 403, so that probing ids tells nobody which unpublished files exist.
    """
    if not may_download(document, request):
        raise Http404


@hooks.register("construct_page_chooser_queryset")
def hide_pages_the_user_may_not_see(pages, request):
    return limit_to_visible(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_staff_reports_from_members(request, menu_items):
    if not is_staff(request.user):
        menu_items[:] = [item for item in menu_items if not is_staff_only_menu_item(item)]


@hooks.register("construct_reports_menu")
def label_menu_items_in_the_editors_language(request, menu_items):
    """wagtail-localize labels its report item with a non-lazy gettext when the menu is first
    built, so every editor sees the language of whoever opened the admin first."""
    report = reverse("wagtail_localize:translations_report")
    for index, item in enumerate(menu_items):
        if item.url == report:
            relabelled = copy.copy(item)
            relabelled.label = gettext("Translations")
            menu_items[index] = relabelled


@hooks.register("construct_homepage_summary_items", order=100)
def no_site_wide_counts_for_members(request, summary_items):
    """The summary counts every page, image and document of the site ("130 sider"), other
    associations' drafts included: staff only (#15.15). Runs after Wagtail's own hooks."""
    if not is_staff(request.user):
        summary_items.clear()


# The live LIX readability meter in the page editor.
from . import readability_admin  # noqa: E402, F401


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_past_go_live(request, page):
    warn_if_go_live_in_past(request, page)


@hooks.register("before_create_page")
def no_autosave_before_first_save(request, parent_page, page_class):
    return refuse_autosave_on_create(request)
