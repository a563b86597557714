"""A page is only served under its own language's prefix."""

from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchSynonym


@hooks.register("before_serve_page")
def serve_in_the_page_language_only(page, request, serve_args, serve_kwargs):
    """``/en/<Danish path>`` must not serve a Danish page as English.

    With no English home page (or while it is unpublished) Wagtail falls back to the Danish
    tree under ``/en/``; the visitor is then sent to the page's own, Danish, address, where
    it is served with ``lang="da"``. Pages the English tree has are reached normally.
    """
    language = translation.get_language()
    if page.locale_id is None or language is None:
        return None
    if page.locale.language_code != language:
        url = page.get_url(request)
        if url and url != request.path:
            return HttpResponseRedirect(url)
    return None


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["term", "synonyms"]
    add_to_admin_menu = False


register_snippet(SearchSynonymViewSet)
