"""The page actions behind every API v3 page write: locks are honoured, members are moderated.

Wagtail's API v3 looks each page write up in the action registry (``register_actions``);
the admin's page views call Wagtail's actions directly. Two rules are added here, each
defined once: every registered page action gets the first, creating and editing the second.

* **Locks** (``HonoursLocks``): an action on a page that is locked for the user — a
  workflow lock while the page is awaiting review by others, a manual lock held by someone
  else, a scheduled publication — is refused with ``PageLockedError`` (403), whatever the
  action: edit, revert, publish, unpublish, copy, move, alias, convert, translate or delete.
  Wagtail's actions check locks only when editing and unpublishing; reverting only checked
  ``can_edit()``, which let a member swap the revision under review (issue #12).
* **Moderation**: creating or editing a page as a user who may not publish it submits the
  draft to the page's workflow right after saving it, as the admin's "Submit for
  moderation" button does. Users who may publish keep the plain draft behaviour.

``PAGE_ACTIONS`` is what ``wagtail_hooks`` registers; a test checks that it covers every
page action Wagtail registers, so a new one cannot slip in without the lock rule.
"""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.create_page import CreatePageAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.edit_page import EditPageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.actions.revert_to_page_revision import RevertToPageRevisionAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.locks import ScheduledForPublishLock, WorkflowLock
from wagtail.models import Page

from .moderation import submit_for_moderation


class PageLockedError(PermissionDenied):
    """The page is locked for this user; the API answers 403 problem+json with the reason."""


def lock_message(lock) -> str:
    """Why ``lock`` stops a change, in words for the API client."""
    if isinstance(lock, WorkflowLock):
        return _(
            "The page is awaiting moderation and cannot be changed until it is approved "
            "or changes are requested."
        )
    if isinstance(lock, ScheduledForPublishLock):
        return _("The page is scheduled to be published and cannot be changed until then.")
    return _("The page is locked by another user and cannot be changed.")


def refuse_if_locked(page: Page, user) -> None:
    """Raise ``PageLockedError`` if ``page`` is locked for ``user``.

    The lock is read from the database, not from ``page``: the API hands actions objects
    rebuilt from revisions, and the lock that counts is the one in force now.
    """
    if user is None or page.pk is None:
        return
    current = Page.objects.get(pk=page.pk)
    if current.permissions_for_user(user).page_locked():
        raise PageLockedError(lock_message(current.get_lock()))


class HonoursLocks:
    """Mixin for a page action: refuse it while the page is locked for the acting user.

    ``skip_permission_checks=True`` is how Wagtail runs an action on the system's behalf
    (unpublishing descendants along with a page, for one), so the lock check is skipped with
    the other permission checks.
    """

    def execute(self, *args, skip_permission_checks=False, **kwargs):
        if not skip_permission_checks:
            refuse_if_locked(self.instance, self.user)
        return super().execute(*args, skip_permission_checks=skip_permission_checks, **kwargs)


def _should_submit(page, user) -> bool:
    return user is not None and not page.permissions_for_user(user).can_publish()


class CreatePageAndSubmitAction(CreatePageAction):
    """Create a draft page and, for users without publish rights, submit it to moderation.

    A new page has no lock; its parent's lock does not stop children being added, in the
    admin either.
    """

    def _create(self, skip_permission_checks=False):
        page = super()._create(skip_permission_checks=skip_permission_checks)
        if not self.publish and _should_submit(page, self.user):
            submit_for_moderation(page, self.user)
        return page


class EditPageAndSubmitAction(HonoursLocks, EditPageAction):
    """Save a draft of a page and, for users without publish rights, submit it to moderation."""

    def execute(self, *args, **kwargs):
        result = super().execute(*args, **kwargs)
        if not self.publish and _should_submit(self.instance, self.user):
            submit_for_moderation(self.instance, self.user)
        return result


class GuardedRevertAction(HonoursLocks, RevertToPageRevisionAction):
    """Revert to an earlier revision (as a new draft), unless the page is locked."""


class GuardedPublishAction(HonoursLocks, PublishPageRevisionAction):
    """Publish a revision, unless the page is locked for the publisher."""


class GuardedUnpublishAction(HonoursLocks, UnpublishPageAction):
    """Unpublish, unless the page is locked for the user."""


def clean_page_values(page: Page, values: dict) -> None:
    """Validate values an action writes onto a copy with the page's own model fields.

    The API's copy and alias actions set a new title or slug without a form; a slug longer
    than the column would otherwise fail in the database (a 500 on PostgreSQL), not as 422.
    """
    errors = {}
    for name, value in values.items():
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        try:
            field.clean(value, page)
        except ValidationError as error:
            errors[name] = error.messages
    if errors:
        raise ValidationError(errors)


class GuardedCopyAction(HonoursLocks, CopyPageAction):
    """Copy a page, unless it is locked: a copy would carry content still under review."""

    def check(self, skip_permission_checks=False):
        clean_page_values(self.page, self.update_attrs or {})
        super().check(skip_permission_checks=skip_permission_checks)


class GuardedMoveAction(HonoursLocks, MovePageAction):
    """Move a page, unless it is locked."""


class GuardedDeleteAction(HonoursLocks, DeletePageAction):
    """Delete a page, unless it is locked."""


class GuardedCreateAliasAction(HonoursLocks, CreatePageAliasAction):
    """Alias a page, unless it is locked."""

    def check(self, skip_permission_checks=False):
        if self.update_slug:
            clean_page_values(self.page, {"slug": self.update_slug})
        super().check(skip_permission_checks=skip_permission_checks)


class GuardedConvertAliasAction(HonoursLocks, ConvertAliasPageAction):
    """Turn an alias into an ordinary page, unless the alias is locked."""


class GuardedCopyForTranslationAction(HonoursLocks, CopyPageForTranslationAction):
    """Copy a page into another locale, unless it is locked."""


#: Every page action the API can reach, registered for ``Page`` by ``wagtail_hooks``.
PAGE_ACTIONS = (
    CreatePageAndSubmitAction,
    EditPageAndSubmitAction,
    GuardedRevertAction,
    GuardedPublishAction,
    GuardedUnpublishAction,
    GuardedCopyAction,
    GuardedMoveAction,
    GuardedDeleteAction,
    GuardedCreateAliasAction,
    GuardedConvertAliasAction,
    GuardedCopyForTranslationAction,
)


def register_page_actions(registry) -> None:
    for action_class in PAGE_ACTIONS:
        registry.register(Page, action_class)
