"""Limit/offset pagination whose ``count`` stops counting past a cap.

An exact ``COUNT(*)`` walks every matching row: at 100 000 pages the occurrences of a year
are ~100 000 rows, and counting them cost seconds (docs/benchmarks.md) while the page itself
needs twenty. :class:`CappedLimitOffsetPagination` counts at most ``COUNT_CAP`` rows (or up
to the end of the requested page, when that lies further) with one
``SELECT COUNT(*) FROM (… LIMIT n)``, so its cost no longer grows with the data.

The response keeps the documented shape ``{"count": N, "items": [...]}`` and adds
``count_exact``: ``true`` when ``count`` is the number of matches, ``false`` when there are
more than ``count`` (keep paginating with ``offset`` until a page comes back short).
"""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination

from core.pagination import COUNT_CAP, capped_count


class CappedLimitOffsetPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pagination with a capped ``count`` and ``count_exact``."""

    class Output(Schema):
        items: list[Any]
        count: int = Field(
            ...,
            description=f"The number of matches, counted up to {COUNT_CAP} (or to the end of "
            "the requested page): a lower bound when `count_exact` is false.",
        )
        count_exact: bool = Field(
            ..., description="False when there are more matches than `count`."
        )

    def paginate_queryset(
        self,
        queryset: QuerySet,
        pagination: WagtailLimitOffsetPagination.Input,
        request: HttpRequest,
        **params: Any,
    ) -> dict[str, Any]:
        # Wagtail's checks (400 past WAGTAILAPI_LIMIT_MAX) and its slice of the items.
        page = super().paginate_queryset(queryset, pagination, request, **params)
        count, exact = capped_count(queryset, pagination.offset + pagination.limit)
        return {**page, "count": count, "count_exact": exact}

    def _items_count(self, queryset) -> int:
        # The exact count the parent would run is replaced by capped_count() above.
        return 0
