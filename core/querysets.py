"""Query helpers that keep unpublished, private and expired content out of public output."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageManager
from wagtail.query import PageQuerySet


def not_expired_q(now=None, prefix: str = "") -> Q:
    """Pages whose expiry time has not passed (``prefix``: the path to a related page).

    Wagtail unpublishes expired pages only when ``publish_scheduled`` runs, so public
    listings check ``expire_at`` themselves to hide content the minute it expires.
    """
    now = now or timezone.now()
    return Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now})


def listable(queryset, now=None):
    """Narrow any page queryset to what public output may show: live, public, not expired.

    For querysets of Wagtail's own ``Page`` manager, which lacks ``.listable()``.
    """
    return queryset.live().public().filter(not_expired_q(now))


class PublicPageQuerySet(PageQuerySet):
    def not_expired(self, now=None):
        return self.filter(not_expired_q(now))

    def listable(self, now=None):
        """What any public output may show: live, not view-restricted, not expired."""
        return listable(self, now)


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)


def in_locale(queryset, locale_id, field: str = "locale_id"):
    """``queryset`` in one language; every language when ``locale_id`` is ``None``."""
    return queryset.filter(**{field: locale_id}) if locale_id else queryset
