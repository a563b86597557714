"""Insert many pages under one parent without ``add_child``: for synthetic benchmark data.

Wagtail's ``add_child`` costs a dozen queries per page (tree bookkeeping, validation,
signals, search indexing). For 100 000 pages we write the tree ourselves:

* treebeard's materialised path of child number ``n`` is ``Page._get_path(parent.path,
  depth, n)``; we read the parent's last child once and count up from there;
* Django's ``bulk_create`` refuses multi-table models, so each batch is written in the
  same two steps Django's own ``Model.save`` uses for multi-table inheritance: the
  ``wagtailcore_page`` rows with ``Page.objects.bulk_create`` (which returns their ids),
  then the concrete model's own table with the manager's ``_insert`` limited to that
  model's ``local_concrete_fields`` (its ``page_ptr_id`` plus its own columns). ``_insert``
  is the internal call ``Model.save_base`` makes per table, so field conversion
  (StreamField JSON, rich text, dates) is exactly Django's;
* the parent's ``numchild`` is increased in the same transaction, so after every batch the
  tree passes ``Page.find_problems()``.

Not done for bulk pages: revisions (``latest_revision`` stays empty), signals, search
indexing (run ``manage.py update_index`` afterwards) and reference indexing.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


class BulkPageWriter:
    """Appends batches of new, live pages of one model under ``parent``.

    Assumes nobody else adds children to ``parent`` while it runs (a benchmark tool).
    """

    def __init__(self, parent: Page, model: type[Page]):
        parents = model._meta.get_parent_list()
        if parents != [Page]:
            raise TypeError(f"{model.__name__} must inherit directly from Page")
        self.parent = Page.objects.get(pk=parent.pk)
        self.model = model
        self.depth = self.parent.depth + 1
        self.content_type_id = ContentType.objects.get_for_model(model).pk
        self.db = router.db_for_write(model)
        last_path = (
            Page.objects.filter(
                path__range=Page._get_children_path_interval(self.parent.path), depth=self.depth
            )
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.next_step = Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1

    def prepare(self, page: Page) -> None:
        """Fill the tree and publishing fields of an unsaved ``page``; slugs get the step."""
        step = self.next_step
        self.next_step += 1
        page.path = Page._get_path(self.parent.path, self.depth, step)
        page.depth = self.depth
        page.numchild = 0
        # The step is unique among the parent's children, so the slug is too.
        page.slug = f"{page.slug}-{step}"
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = self.parent.locale_id
        page.content_type_id = self.content_type_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or timezone.now()
        page.last_published_at = page.first_published_at

    def write(self, pages: Sequence[Page], after=None) -> Sequence[Page]:
        """Insert ``pages`` (already ``prepare``-d) as children of the parent, atomically.

        ``after(pages)`` runs in the same transaction once the pages have ids, to insert
        the rows that point at them.
        """
        if not pages:
            return pages
        with transaction.atomic(using=self.db):
            Page.objects.using(self.db).bulk_create(pages)
            ptr = self.model._meta.pk.attname
            for page in pages:
                setattr(page, ptr, page.id)
                page._state.adding = False
                page._state.db = self.db
            self._insert_own_rows(pages)
            Page.objects.using(self.db).filter(pk=self.parent.pk).update(
                numchild=F("numchild") + len(pages)
            )
            if after is not None:
                after(pages)
        return pages

    def _insert_own_rows(self, pages: Sequence[Page]) -> None:
        fields = self.model._meta.local_concrete_fields
        ops = connections[self.db].ops
        batch = max(1, ops.bulk_batch_size(fields, pages))
        manager = self.model._base_manager.using(self.db)
        for start in range(0, len(pages), batch):
            manager._insert(pages[start : start + batch], fields=fields, using=self.db)
