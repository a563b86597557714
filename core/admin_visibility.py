"""Which pages a user may see listed in the admin: what they may edit, and what is public.

Wagtail lets anyone with a permission somewhere in a section browse the whole section, and
its page chooser shows every page to everybody, so association members saw other
associations' draft titles, other people's guide drafts and citizens' draft suggestions
(issue #12). ``admin_visible_pages()`` is the one rule; it is applied

* to everything Wagtail lists through ``explorable_instances()`` — the explorer, its
  search, the admin page search and the sidebar's page explorer — by
  ``VisiblePagePermissionPolicy``, registered for pages in ``CoreConfig.ready()``;
* to the page chooser (browsing and searching) by the ``construct_page_chooser_queryset``
  hook in ``core.wagtail_hooks``;
* to the page a listing is opened on — the explorer and the chooser show their folder's
  title — by ``HiddenPageFolderMiddleware``: opening a hidden page as a folder is a 404,
  as for a page that does not exist.

Staff (superusers, and the moderators, who may change the whole tree) see everything.
"""

from django.db.models import Q
from django.views.defaults import page_not_found
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from .querysets import listable

#: Holding one of these on a page (or on an ancestor) makes its drafts the user's business.
#: "add" alone does not: it covers only the pages the user owns (Wagtail's rule for editing).
EDITING_ACTIONS = {"change", "publish"}


def admin_visible_pages(user):
    """Pages ``user`` may see in admin listings and choosers.

    The pages the user may edit (or publish), every page public output may show
    (``listable()``), and the ancestors of the user's own sections, so that the explorer
    can always lead them there.
    """
    if user.is_active and user.is_superuser:
        return Page.objects.all()
    policy = policy_registry.get_by_type(Page)
    visible = Q(pk__in=policy.instances_user_has_any_permission_for(user, EDITING_ACTIONS))
    visible |= Q(pk__in=listable(Page.objects.all()))
    for permission in policy.get_cached_permissions_for_user(user):
        visible |= Q(pk__in=Page.objects.ancestor_of(permission.page))
    return Page.objects.filter(visible)


class VisiblePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with the explorable pages narrowed to what the user may see."""

    def explorable_instances(self, user):
        explorable = super().explorable_instances(user)
        if user.is_active and user.is_superuser:
            return explorable
        return explorable.filter(pk__in=admin_visible_pages(user))


def limit_to_visible(pages, user):
    """``pages`` without the ones ``user`` may not see (for the chooser hook)."""
    if user.is_active and user.is_superuser:
        return pages
    return pages.filter(pk__in=admin_visible_pages(user))


class HiddenPageFolderMiddleware:
    """404 for the explorer or the chooser opened on a page the user may not see.

    Wagtail has no hook for the page a listing is opened on; the views take it from the
    URL, so the check runs before them (``process_view``).
    """

    #: Admin URLs whose ``parent_page_id`` is shown as the listing's heading.
    FOLDER_URL_NAMES = {
        "wagtailadmin_explore",
        "wagtailadmin_explore_results",
        "wagtailadmin_choose_page_child",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in self.FOLDER_URL_NAMES:
            return None
        user = request.user
        if not user.is_authenticated:
            return None  # Wagtail sends the visitor to the login page.
        if admin_visible_pages(user).filter(pk=view_kwargs.get("parent_page_id")).exists():
            return None
        return page_not_found(request, None, template_name="wagtailadmin/404.html")
