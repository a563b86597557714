"""Search and reference indexing for the demo seed: once per object, at the end.

Seeding saves each page three or four times (created, revised, published, translated), and
every save indexed the page again for search (modelsearch) and for Wagtail's reference
index: about 1,600 index updates for some 400 objects, over a third of the seed's time
(cProfile of ``seed_demo --small-images``, 2026-12-03: 18 of 48 s). Inside
:func:`indexed_once` those saves are only noted; on leaving it each object still there is
indexed once, by the same two tasks the signal handlers would have queued, run at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

Key = tuple[str, str, str]


def _search_models() -> list[type]:
    # The models modelsearch's own handler is connected to (register_signal_handlers).
    return [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]


@contextmanager
def indexed_once() -> Iterator[None]:
    """Defer the search and reference index updates of every save inside to its end."""
    search_models = _search_models()
    searched: dict[Key, None] = {}
    referenced: dict[Key, None] = {}

    def note(sender, instance, raw=False, **kwargs):
        if raw:
            return
        key = (instance._meta.app_label, instance._meta.model_name, str(instance.pk))
        if sender in search_models:
            searched[key] = None
        if sender in ReferenceIndex.tracked_models:
            referenced[key] = None

    for model in search_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(note, weak=False, dispatch_uid="demo-indexed-once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(note, dispatch_uid="demo-indexed-once")
        for model in search_models:
            post_save.connect(post_save_signal_handler, sender=model)
    # Only when the block succeeded: after an error the transaction is rolled back anyway.
    for task, keys in (
        (insert_or_update_object_task, searched),
        (update_reference_index_task, referenced),
    ):
        for app_label, model_name, pk in _still_there(keys):
            task.call(app_label, model_name, pk)


def _still_there(keys: dict[Key, None]) -> list[Key]:
    """The noted objects that were not deleted again inside the block, in the order saved."""
    by_model: dict[tuple[str, str], list[str]] = {}
    for app_label, model_name, pk in keys:
        by_model.setdefault((app_label, model_name), []).append(pk)
    present: set[Key] = set()
    for (app_label, model_name), pks in by_model.items():
        model = apps.get_model(app_label, model_name)
        for pk in model._base_manager.filter(pk__in=pks).values_list("pk", flat=True):
            present.add((app_label, model_name, str(pk)))
    return [key for key in keys if key in present]
