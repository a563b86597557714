"""Wagtail's page signals → webhook events, for pages the public may know about.

Only what public output may name is announced (``core.querysets``): a draft, a
future-scheduled or expired page, or one behind a view restriction never produces a message.
A page that becomes private (a restriction on it or an ancestor) is announced as
``unpublished``, one that becomes public again as ``published``; a move into or out of a
private section likewise.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.querysets import is_listable, is_published
from webhooks.dispatch import emit
from webhooks.events import Event


def _restricted(page, exclude_restriction=None, parent=None) -> bool:
    """Whether a view restriction covers ``page`` (placed under ``parent`` if given)."""
    ancestors = (parent or page).get_ancestors(inclusive=True)
    restrictions = PageViewRestriction.objects.filter(page__in=ancestors.values("pk"))
    if parent is not None:
        restrictions = restrictions | PageViewRestriction.objects.filter(page=page)
    if exclude_restriction is not None:
        restrictions = restrictions.exclude(pk=exclude_restriction.pk)
    return restrictions.exists()


def on_published(sender, instance, **kwargs):
    if is_listable(instance):
        emit(Event.PUBLISHED, instance)


def on_unpublished(sender, instance, **kwargs):
    if Page.objects.filter(pk=instance.pk, live=True).exists():
        # Wagtail "unpublishes" a live page it is about to delete without saving it; that
        # page gets its "deleted" message (on_deleted), not an unpublish as well.
        return
    # It was public unless a restriction hid it (then it was never announced).
    if not _restricted(instance):
        emit(Event.UNPUBLISHED, instance)


def on_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if not is_published(instance):
        return
    was_public = not _restricted(instance, parent=parent_page_before)
    is_public = not _restricted(instance)
    if was_public and is_public:
        emit(Event.MOVED, instance)
    elif was_public:
        # Named by the public URL it had, not by the one in the private section.
        old_url = parent_page_before.specific_deferred.get_full_url()
        emit(Event.UNPUBLISHED, instance, url=old_url and old_url + instance.slug + "/")
    elif is_public:
        emit(Event.PUBLISHED, instance)


def on_deleted(sender, instance, **kwargs):
    # Sent once per page (the base Page row, also for descendants) before the rows go.
    if is_listable(instance):
        emit(Event.DELETED, instance)


def on_restriction_saved(sender, instance, created, **kwargs):
    if not created:
        return
    for page in instance.page.get_descendants(inclusive=True).live().specific():
        if is_published(page) and not _restricted(page, exclude_restriction=instance):
            emit(Event.UNPUBLISHED, page)


def on_restriction_deleted(sender, instance, **kwargs):
    page_id = instance.page_id

    def announce():
        # After commit: a restriction deleted with its page announces nothing.
        root = Page.objects.filter(pk=page_id).first()
        if root is None:
            return
        for page in root.get_descendants(inclusive=True).live().specific():
            if is_listable(page):
                emit(Event.PUBLISHED, page)

    transaction.on_commit(announce)


def connect():
    page_published.connect(on_published, dispatch_uid="webhooks.published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhooks.unpublished")
    post_page_move.connect(on_moved, dispatch_uid="webhooks.moved")
    pre_delete.connect(on_deleted, sender=Page, dispatch_uid="webhooks.deleted")
    post_save.connect(
        on_restriction_saved, sender=PageViewRestriction, dispatch_uid="webhooks.private"
    )
    post_delete.connect(
        on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="webhooks.public"
    )
