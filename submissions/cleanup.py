"""A rejected suggestion takes its photo with it.

A suggestion is rejected by deleting it: its ``Submission`` under *Public suggestions*, or
its draft page. Either way, the photo the citizen sent goes too, with its original and every
rendition, from local disk or the S3 bucket:

- deleting a ``Submission`` whose page was never published deletes that draft page
  (:func:`discard_draft`); a page that was ever published stays, because it is the
  municipality's content now;
- deleting a page deletes the images in the *Indsendte billeder* collection that it used
  and that nothing else uses (:func:`delete_orphaned_photos`). Wagtail removes the files of
  a deleted image and of its renditions once the deletion is committed.

"Request changes" in the moderation workflow keeps the draft and its photo (both still
private) so that staff can edit the suggestion and approve it after all.

Both run after the deleting transaction commits, so a deletion that fails and rolls back
loses no file. They are wired to ``pre_delete`` and ``post_delete`` in
``SubmissionsConfig.ready``, so every way of deleting counts: the admin, the API and code.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, pre_delete
from wagtail.actions.delete_page import DeletePageAction
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from .models import SUBMISSIONS_COLLECTION_NAME, Submission


def photos_used_by(page: Page) -> list[int]:
    """Ids of the citizens' photos that ``page`` uses (from Wagtail's reference index)."""
    Image = get_image_model()
    image_ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=ContentType.objects.get_for_model(Image))
        .values_list("to_object_id", flat=True)
    )
    return list(
        Image.objects.filter(
            pk__in=[int(pk) for pk in image_ids],
            collection__name=SUBMISSIONS_COLLECTION_NAME,
            collection__depth=2,
        ).values_list("pk", flat=True)
    )


def delete_orphaned_photos(image_ids, deleted_page_ids=()) -> int:
    """Delete the images among ``image_ids`` that nothing uses (apart from deleted pages)."""
    page_type = ContentType.objects.get_for_model(Page)
    deleted = 0
    for image in get_image_model().objects.filter(pk__in=image_ids):
        users = ReferenceIndex.get_references_to(image).exclude(
            base_content_type=page_type, object_id__in=[str(pk) for pk in deleted_page_ids]
        )
        if not users.exists():
            image.delete()
            deleted += 1
    return deleted


def discard_draft(page_id, user=None) -> bool:
    """Delete the page ``page_id`` if it exists and was never published (``True`` if so)."""
    page = Page.objects.filter(pk=page_id, live=False, first_published_at__isnull=True).first()
    if page is None:
        return False
    DeletePageAction(page.specific, user=user).execute(skip_permission_checks=True)
    return True


def _page_deleting(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        return
    image_ids = photos_used_by(instance)
    if image_ids:
        page_id = instance.pk
        transaction.on_commit(lambda: delete_orphaned_photos(image_ids, [page_id]))


def _submission_deleted(sender, instance, **kwargs):
    if instance.page_id:
        page_id = instance.page_id
        transaction.on_commit(lambda: discard_draft(page_id))


def connect() -> None:
    """Wire the receivers (called from ``SubmissionsConfig.ready``)."""
    # Any page type: a draft suggestion is an activity or a guide, and a parent page
    # deleted with its subtree takes them along.
    pre_delete.connect(_page_deleting, dispatch_uid="vcms-submissions-photos")
    post_delete.connect(
        _submission_deleted, sender=Submission, dispatch_uid="vcms-submissions-draft"
    )
