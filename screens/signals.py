"""Invalidate every screen feed when anything a screen might show changes.

A single content version is deliberately coarse: working out which of a handful of screens
a page belongs on costs more than rebuilding their feeds once, and the rebuild happens only
on the next poll of each screen.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache_purge import watch_snippet
from core.models import Topic

from .cache import bump_content_version
from .models import Alert, ManualSlide, Screen


def invalidate(**_kwargs) -> None:
    bump_content_version()
    # Child rows and many-to-many links are saved after the parent's signal fires;
    # bump again once everything is committed so no poll caches a half-saved state.
    transaction.on_commit(bump_content_version)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


page_published.connect(invalidate, dispatch_uid="screens-page-published")
page_unpublished.connect(invalidate, dispatch_uid="screens-page-unpublished")
post_page_move.connect(invalidate, dispatch_uid="screens-page-moved")
post_delete.connect(_page_deleted, dispatch_uid="screens-page-deleted")

for model in (Screen, ManualSlide, Alert, Topic, get_image_model()):
    post_save.connect(invalidate, sender=model, dispatch_uid=f"screens-save-{model._meta.label}")
    post_delete.connect(
        invalidate, sender=model, dispatch_uid=f"screens-delete-{model._meta.label}"
    )
m2m_changed.connect(invalidate, sender=Screen.news_topics.through, dispatch_uid="screens-topics")
# The alert is also a banner on every web page.
watch_snippet(Alert)
m2m_changed.connect(invalidate, sender=ManualSlide.screens.through, dispatch_uid="screens-slides")
