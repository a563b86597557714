"""The page queryset behind Wagtail API v3's public page endpoints.

Wagtail's v3 pages router (listing, detail, find and the ``child_of``/``descendant_of``
filters) gets its pages from ``wagtail.api.v3.querysets.get_pages_queryset``. For anonymous
requests that is "live, scoped to the site, minus restrictions the request does not
pass". The project's rule for public output is stricter (``core.querysets.listable``):

- pages whose ``expire_at`` has passed are hidden at once, not when ``publish_scheduled``
  next runs, and so are live pages whose ``go_live_at`` is still ahead;
- every page behind a view restriction is hidden, even when the caller's session cookie
  has passed a password restriction, because API responses are shared and cached.

A listing with ``?search=`` runs through the search backend, whose Page index has no
``expire_at`` or ``go_live_at`` ("Cannot filter by 'expire_at' while searching" was a 422 on
every search without a ``type``): there the same rule is applied in filters every backend
knows (``core.querysets.listable_for_search``).

Requests with a v3 API token (editors) keep Wagtail's own behaviour: they see what they
may edit, which is how v3 reads drafts (``?version=draft``).
"""

from wagtail.api.v3 import querysets as wagtail_querysets
from wagtail.api.v3.routers import pages as wagtail_pages_router

from core.querysets import listable, listable_for_search

_wagtail_get_pages_queryset = wagtail_querysets.get_pages_queryset


def get_pages_queryset(request, model=None):
    """Wagtail's v3 page queryset, narrowed to ``listable()`` pages for anonymous callers."""
    if model is None:
        queryset = _wagtail_get_pages_queryset(request)
    else:
        queryset = _wagtail_get_pages_queryset(request, model)
    if request.user.is_authenticated:
        return queryset
    if request.GET.get("search"):
        return listable_for_search(queryset)
    return listable(queryset)


def install() -> None:
    """Make Wagtail's pages router use :func:`get_pages_queryset`.

    The router imports the function by name, so it is replaced on the router module.
    Idempotent; fails loudly if a Wagtail upgrade moves the function.
    """
    if getattr(wagtail_pages_router, "get_pages_queryset", None) is None:
        raise RuntimeError("wagtail.api.v3.routers.pages no longer has get_pages_queryset")
    wagtail_pages_router.get_pages_queryset = get_pages_queryset
