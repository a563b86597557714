"""The one rule for what a public output may show: ``listable()``.

A page is *listable* when it is

- live,
- not view-restricted (neither it nor an ancestor has a ``PageViewRestriction``),
- not expired (``expire_at`` unset or still ahead), and
- gone live (``go_live_at`` unset or passed).

The website, the API, search, the sitemap, RSS, iCal, the screen feeds and recognition all
call this module; none of them writes the rule again. ``docs/architecture.md`` explains
the choices, in short:

- Wagtail unpublishes expired pages only when ``publish_scheduled`` runs, so an expired page
  is hidden the minute it expires, not a minute later.
- Wagtail never writes a future ``go_live_at`` onto a live page's row: re-scheduling a live
  page stores the time on the pending revision and keeps the current version live. A live
  row with a future go-live time therefore only comes from imports and scripts, and it
  means "publish at that time": it is hidden until then, like a scheduled page.

The rule comes in the shapes its callers need, all built from :func:`published_q`:
querysets (:func:`listable`), a condition on a related page for joins
(:func:`listable_related_q`), one loaded page (:func:`is_listable`), the search index's
filters (:func:`listable_for_search`) and the next moment the clock changes the answer
(:func:`next_change`).
"""

import datetime as dt

from django.db.models import Min, Q
from django.utils import timezone
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from core import cache_tags


def published_q(now=None, prefix: str = "") -> Q:
    """Live, gone live and not expired, as a condition (``prefix``: the path to a related page).

    The part of the rule that depends on the page's own row and the clock; view
    restrictions are the other part (they live on ancestors).
    """
    now = now or timezone.now()
    return (
        Q(**{f"{prefix}live": True})
        & (Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now}))
        & (Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now}))
    )


def is_published(page, now=None) -> bool:
    """:func:`published_q` for one page already loaded, without a query."""
    now = now or timezone.now()
    return (
        page.live
        and (page.go_live_at is None or page.go_live_at <= now)
        and (page.expire_at is None or page.expire_at > now)
    )


def listable(queryset, now=None, tags=None):
    """Narrow any page queryset to what public output may show.

    For querysets of Wagtail's own ``Page`` manager, which lacks ``.listable()``.

    The response being built is tagged with the listing of the queryset's page type
    (``core.cache_tags``: a page of that type published later appears here too), or with
    ``tags`` when the caller knows better (the menu; ``()`` for pages chosen by id, whose
    own tags suffice).
    """
    if tags is None:
        cache_tags.add_listing(queryset.model)
    else:
        cache_tags.add(*tags)
    return queryset.public().filter(published_q(now))


def listable_related_q(model, path: str, now=None) -> Q:
    """True where the related ``model`` page at ``path`` (e.g. ``"activity"``) is listable.

    Written as conditions on the joined page: ``path__in=<listable pages>`` made
    PostgreSQL hash every listable page of the type on each query (~250 ms at 100 000
    pages, make bench). A missing related page (NULL) is not listable.
    """
    return published_q(now, prefix=f"{path}__") & ~Q(
        **{f"{path}__in": model.objects.not_public().values("pk")}
    )


def is_listable(page, now=None) -> bool:
    """Whether one page already loaded may be named or linked in public output.

    For pages chosen in a field (an activity's facility, a call to action), which may since
    have been unpublished, restricted, expired or re-scheduled.
    """
    if not isinstance(page, Page) or not is_published(page, now):
        return False
    return not page.get_view_restrictions().exists()


def listable_for_search(queryset, now=None):
    """:func:`listable` in filters every search backend's Page index knows.

    The Page index has ``live`` and ``id`` but not ``go_live_at`` or ``expire_at``; the
    live pages the clock still hides are few (until ``publish_scheduled`` catches up, or
    imported ones), so they are excluded by id.
    """
    queryset = queryset.live().public()
    hidden_ids = hidden_live_ids(now)
    return queryset.exclude(id__in=hidden_ids) if hidden_ids else queryset


def clock_hidden_q(now=None) -> Q:
    """For live pages, the complement of :func:`published_q`: not gone live yet, or expired.

    Written without ``NOT`` and ``IS NULL`` so that PostgreSQL answers it from the two
    indexes of migration ``core.0003`` (a few rows) instead of reading every live page
    (28 ms at 100 000 pages, for every search).
    """
    now = now or timezone.now()
    return Q(go_live_at__gt=now) | Q(expire_at__lte=now)


def hidden_live_ids(now=None) -> list[int]:
    """Ids of the live pages the clock hides (see :func:`listable_for_search`)."""
    return list(Page.objects.live().filter(clock_hidden_q(now)).values_list("id", flat=True))


def next_change(now=None) -> dt.datetime | None:
    """The next moment the clock alone changes which live pages are listable, or None.

    That is the earliest future ``expire_at`` or ``go_live_at`` of a live page; caches of
    public output must not keep a response past it.
    """
    now = now or timezone.now()
    live = Page.objects.live()
    moments = [
        live.filter(expire_at__gt=now).aggregate(first=Min("expire_at"))["first"],
        live.filter(go_live_at__gt=now).aggregate(first=Min("go_live_at"))["first"],
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None


class PublicPageQuerySet(PageQuerySet):
    """Page querysets with ``.listable()``: the manager of every project page type."""

    def listable(self, now=None, tags=None):
        """What any public output may show (see the module docstring)."""
        return listable(self, now, tags)


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)


def in_locale(queryset, locale_id, field: str = "locale_id"):
    """``queryset`` in one language; every language when ``locale_id`` is ``None``."""
    return queryset.filter(**{field: locale_id}) if locale_id else queryset


def visible_translation(page, language_code: str):
    """``page`` in ``language_code`` if a visitor may open it (live, public, not expired).

    The language switcher and the ``hreflang`` alternates both ask this.
    """
    if page.locale.language_code == language_code:
        return page
    translations = page.get_translations().filter(locale__language_code=language_code)
    return listable(translations, tags=(cache_tags.translation_tag(page),)).first()
