"""Retention of what people searched for (core.retention).

Wagtail keeps one row per search term and per day for the admin's search terms report; people
search for names, addresses and worse. The selection is that of Wagtail's own clean-up,
``searchpromotions_garbage_collect`` (``QueryDailyHits.garbage_collect`` and
``Query.garbage_collect``), over ``WAGTAILSEARCH_HITS_MAX_AGE`` days; the nightly timer runs
that command too. Terms that staff attached a promotion to stay.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core import retention


def _old_daily_counts(cutoff):
    return QueryDailyHits.objects.filter(date__lt=cutoff.date())


def _unused_terms(cutoff):
    # Terms with no count left once the old counts are gone (Query.garbage_collect's rule).
    return Query.objects.filter(editors_picks__isnull=True).exclude(
        daily_hits__date__gte=cutoff.date()
    )


retention.register(
    retention.Rule(
        key="search_hits",
        label=_("Search terms: daily counts"),
        setting="WAGTAILSEARCH_HITS_MAX_AGE",
        action=retention.DELETE,
        due=_old_daily_counts,
    )
)
retention.register(
    retention.Rule(
        key="search_terms",
        label=_("Search terms no longer counted and without a promotion"),
        setting="WAGTAILSEARCH_HITS_MAX_AGE",
        action=retention.DELETE,
        due=_unused_terms,
    )
)
