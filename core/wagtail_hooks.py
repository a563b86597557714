from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import page_cache
from .models import Audience, Contact, Topic


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

# The live LIX readability meter in the page editor.
from . import readability_admin  # noqa: E402, F401
