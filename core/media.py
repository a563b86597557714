"""Which images and documents public output may show: the ones public pages use.

An upload is private until content using it is published. Citizens' photos wait with their
suggestion in the moderation queue, and association members' files wait with their drafts.
Staff files that no page uses are not published either. Wagtail's reference index records
which objects each page references: foreign keys (a page's main image, an association's
logo), chooser blocks in StreamFields (body images, guide downloads) and rich-text links.
For pages it describes the content saved on the page row. That is the live version, because
a draft revision is kept apart until it is published. So "used by a ``listable()`` page" is
exactly "approved and public". Unpublishing, expiry, a view restriction or deleting the page
make the file private again.

The rule is applied by the API's image and document endpoints (``core.api.media``) and by
document downloads (the ``before_serve_document`` hook in ``core.wagtail_hooks``). Staff and
the members who own a collection still see its files, in the admin and through API calls
with their token.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Q, QuerySet
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from core.querysets import listable

#: What a user must be allowed to do with a file to see it although no public page uses it:
#: the actions that show it in the admin's listing or chooser.
ADMIN_ACTIONS = ("change", "choose")


def used_by_public_pages(model) -> QuerySet:
    """Primary keys (a subquery) of the ``model`` objects that listable pages reference."""
    public_pages = (
        listable(Page.objects.all(), tags=()).annotate(key=Cast("pk", CharField())).values("key")
    )
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_pages,
            to_content_type=ContentType.objects.get_for_model(model),
        )
        .annotate(target=Cast("to_object_id", BigIntegerField()))
        .values("target")
    )


def public_media(queryset: QuerySet) -> QuerySet:
    """Narrow an image or document queryset to what anonymous output may show."""
    return queryset.filter(pk__in=used_by_public_pages(queryset.model))


def visible_media(queryset: QuerySet, user) -> QuerySet:
    """``public_media``, plus for a signed-in user what they see in the admin."""
    if user is None or not user.is_authenticated:
        return public_media(queryset)
    policy = policy_registry.get_by_type(queryset.model)
    own = policy.instances_user_has_any_permission_for(user, ADMIN_ACTIONS).values("pk")
    return queryset.filter(Q(pk__in=used_by_public_pages(queryset.model)) | Q(pk__in=own))


def may_download(document, request) -> bool:
    """Whether the document serve view may hand ``document`` to this request.

    A document in a view-restricted collection is left to Wagtail's own check of that
    restriction (login or password): whoever passes it may download, which is how a board
    shares papers that no page links to. Any other document must be used by a public page,
    unless the user sees it in the admin.
    """
    if document.collection.get_view_restrictions().exists():
        return True
    same = type(document).objects.filter(pk=document.pk)
    return visible_media(same, request.user).exists()
