"""API v3 page actions that hand a non-publisher's write to moderation.

Wagtail's API v3 creates and updates pages through the action registry (the admin page views
do not), and its only write actions are "save a draft" and "publish". A member cannot publish,
so a plain draft would sit unseen; these actions submit the draft to the page's workflow
right after saving it, as the admin's "Submit for moderation" button does. Users who may
publish keep the plain draft behaviour.
"""

from wagtail.actions.create_page import CreatePageAction
from wagtail.actions.edit_page import EditPageAction

from .moderation import submit_for_moderation


def _should_submit(page, user) -> bool:
    return user is not None and not page.permissions_for_user(user).can_publish()


class CreatePageAndSubmitAction(CreatePageAction):
    """Create a draft page and, for users without publish rights, submit it to moderation."""

    def _create(self, skip_permission_checks=False):
        page = super()._create(skip_permission_checks=skip_permission_checks)
        if not self.publish and _should_submit(page, self.user):
            submit_for_moderation(page, self.user)
        return page


class EditPageAndSubmitAction(EditPageAction):
    """Save a draft of a page and, for users without publish rights, submit it to moderation."""

    def execute(self, *args, **kwargs):
        result = super().execute(*args, **kwargs)
        if not self.publish and _should_submit(self.instance, self.user):
            submit_for_moderation(self.instance, self.user)
        return result
