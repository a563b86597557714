"""Pagination for public listings that never fails on a bad ``?page=`` value."""

from functools import cached_property

from django.core.paginator import Page, Paginator

from core import page_cache

DEFAULT_PER_PAGE = 10
#: Directories (associations, guides, facilities, renovations): a page lists at most this many,
#: so its cost stays the same however many there are (make bench at 100 000 pages).
DIRECTORY_PER_PAGE = 30
#: The query parameter of the page number; listings declare it in their ``query_params``.
PAGE_PARAM = "page"
#: Matches a capped count counts exactly (``CappedPaginator``, ``core.api.pagination``); past
#: it a listing says "more than 1000".
COUNT_CAP = 1000


def capped_count(items, at_least: int = 0) -> tuple[int, bool]:
    """``(count, exact)``: the number of ``items``, counted up to ``max(COUNT_CAP, at_least)``.

    An exact ``COUNT(*)`` reads every matching row (all upcoming dates at 100 000 pages took
    seconds, docs/benchmarks.md); ``SELECT COUNT(*) FROM (… LIMIT n)`` reads at most ``n``.
    """
    cap = max(COUNT_CAP, at_least)
    if hasattr(items, "order_by"):
        # Ordering does not change a count; the subquery's LIMIT bounds the rows read.
        found = items.order_by()[: cap + 1].count()
    elif isinstance(items, (list, tuple)):
        found = len(items)
    else:
        # Search results: the backend counts its matches in one query, exactly.
        return items.count(), True
    if found > cap:
        return cap, False
    return found, True


def page_number(raw) -> int | None:
    """The page number a query-string value asks for, or ``None`` if it is not one."""
    try:
        return int(str(raw).strip())
    except (TypeError, ValueError):
        return None


class CappedPaginator(Paginator):
    """A paginator that counts at most ``COUNT_CAP`` items (or up to the requested page).

    Past the cap ``count_exact`` is false, ``count`` is the cap and there is one more page
    than the count says, so "next" keeps working; templates then say "more than …".
    """

    def __init__(self, object_list, per_page, *, number: int = 1, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.at_least = number * per_page

    @cached_property
    def _counted(self) -> tuple[int, bool]:
        return capped_count(self.object_list, self.at_least)

    @cached_property
    def count(self) -> int:
        return self._counted[0]

    @property
    def count_exact(self) -> bool:
        return self._counted[1]

    @cached_property
    def num_pages(self) -> int:
        pages = super().num_pages
        return pages if self.count_exact else pages + 1

    def page(self, number):
        page = super().page(number)
        if not self.count_exact:
            # The slice of the last page Django computes ends at the cap: read a full page.
            start = (page.number - 1) * self.per_page
            page.object_list = self.object_list[start : start + self.per_page]
        return page


def paginate(
    request,
    items,
    per_page: int = DEFAULT_PER_PAGE,
    param: str = PAGE_PARAM,
    *,
    capped: bool = False,
) -> Page:
    """Return the requested page of ``items``.

    ``?page=abc``, ``?page=0`` and negative numbers show the first page, ``?page=99999`` the
    last one: a mistyped or outdated link should still lead somewhere useful, never to an error.
    ``capped=True`` counts at most ``COUNT_CAP`` items (``CappedPaginator``), for listings
    that grow with the data (every upcoming date).
    """
    raw = request.GET.get(param) if request is not None else None
    number = page_number(raw)
    if number is None or number < 1:
        number = 1
    if capped:
        paginator = CappedPaginator(items, per_page, number=number)
    else:
        paginator = Paginator(items, per_page)
    # Counting is one query; only needed when the number might be past the end.
    if number > 1:
        number = min(number, paginator.num_pages)
    if raw is not None and raw != str(number):
        # A corrected number shows a real page, but must not get a cache entry of its own.
        page_cache.dont_store(request)
    return paginator.page(number)


def directory_ids(name: str, items) -> list[int]:
    """The ids of a directory's ``items`` in their order, remembered until the next publish."""
    return page_cache.remembered(name, lambda: list(items.values_list("pk", flat=True)))


def paginate_directory(request, name: str, items) -> Page:
    """The requested page of a directory ``items`` (a queryset in its final order).

    The order of every entry (their ids) is remembered until the next publish
    (``page_cache.remembered``, under ``name``), so a page costs the same with 30 entries or
    7,000: sorting them all on every request was most of a directory's time at 100 000 pages.
    The page's entries are then read through ``items`` again, so one that stopped being
    listable since is left out rather than shown.
    """
    shown = paginate(request, directory_ids(name, items), DIRECTORY_PER_PAGE)
    found = {entry.pk: entry for entry in items.order_by().filter(pk__in=list(shown.object_list))}
    shown.object_list = [found[pk] for pk in shown.object_list if pk in found]
    return shown
