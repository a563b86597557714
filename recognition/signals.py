"""A nomination change reaches the CDN's copy of its association page at once.

The local caches are bumped by ``core.cache_signals`` (``RecognitionConfig.ready`` declares
``Nomination``); a CDN in front must not keep a name whose consent was just withdrawn either.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .models import Nomination


def nomination_changed(sender, instance, **kwargs):
    if instance.association_id and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

        association = instance.association
        transaction.on_commit(lambda: purge_page_from_cache(association))


def connect() -> None:
    post_save.connect(nomination_changed, sender=Nomination, dispatch_uid="nomination_saved")
    post_delete.connect(nomination_changed, sender=Nomination, dispatch_uid="nomination_deleted")
