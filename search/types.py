"""The content types a visitor can narrow a search to, keyed by the slug used in URLs."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchType:
    """One filter on the search page and in the API (``?type=nyheder``)."""

    slug: str
    label: str
    model_label: str

    @property
    def model(self):
        return apps.get_model(self.model_label)


#: slug → type, in the order the search page lists them. The slugs are Danish because they
#: appear in Danish URLs; the API accepts the same values.
SEARCH_TYPES = {
    t.slug: t
    for t in (
        SearchType("nyheder", _("News"), "news.NewsArticlePage"),
        SearchType("aktiviteter", _("Activities"), "activities.ActivityPage"),
        SearchType("renoveringer", _("Renovations"), "renovations.RenovationProjectPage"),
        SearchType("foreninger", _("Associations"), "associations.AssociationPage"),
        SearchType("guider", _("Guides"), "guides.GuidePage"),
        SearchType("lokaler", _("Facilities"), "facilities.FacilityPage"),
    )
}


def type_for_page(page) -> SearchType | None:
    """The search type a page belongs to, if any (from its content type; no query)."""
    page_class = getattr(page, "specific_class", None) or type(page)
    for search_type in SEARCH_TYPES.values():
        if issubclass(page_class, search_type.model):
            return search_type
    return None
