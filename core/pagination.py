"""Pagination for public listings that never fails on a bad ``?page=`` value."""

from django.core.paginator import Page, Paginator

from core import page_cache

DEFAULT_PER_PAGE = 10
#: The query parameter of the page number; listings declare it in their ``query_params``.
PAGE_PARAM = "page"


def page_number(raw) -> int | None:
    """The page number a query-string value asks for, or ``None`` if it is not one."""
    try:
        return int(str(raw).strip())
    except (TypeError, ValueError):
        return None


def paginate(request, items, per_page: int = DEFAULT_PER_PAGE, param: str = PAGE_PARAM) -> Page:
    """Return the requested page of ``items``.

    ``?page=abc``, ``?page=0`` and negative numbers show the first page, ``?page=99999`` the
    last one: a mistyped or outdated link should still lead somewhere useful, never to an error.
    """
    paginator = Paginator(items, per_page)
    raw = request.GET.get(param) if request is not None else None
    number = page_number(raw)
    if number is None or number < 1:
        number = 1
    # Counting is one query; only needed when the number might be past the end.
    if number > 1:
        number = min(number, paginator.num_pages)
    if raw is not None and raw != str(number):
        # A corrected number shows a real page, but must not get a cache entry of its own.
        page_cache.dont_store(request)
    return paginator.page(number)
