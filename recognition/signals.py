"""A nomination change reaches the public pages at once (consent withdrawn, winner changed)."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from core.page_cache import bump_content_version

from .models import Nomination


def nomination_changed(sender, instance, **kwargs):
    # The association page lists its honoured volunteers: the local page cache and any CDN
    # copy must not keep a name whose consent was just withdrawn.
    transaction.on_commit(bump_content_version)
    if instance.association_id and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

        association = instance.association
        transaction.on_commit(lambda: purge_page_from_cache(association))


def connect() -> None:
    post_save.connect(nomination_changed, sender=Nomination, dispatch_uid="nomination_saved")
    post_delete.connect(nomination_changed, sender=Nomination, dispatch_uid="nomination_deleted")
