"""Submitting pages to their moderation workflow from code (public forms, the API)."""

from wagtail.models import Page, WorkflowState


def submit_for_moderation(page: Page, user=None) -> WorkflowState | None:
    """Start the page's workflow unless one is already running; ``None`` without a workflow.

    ``user`` is ``None`` for anonymous submissions from the public forms.
    """
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        return None
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # Resubmitting after "request changes" continues the same moderation.
        state.resume(user)
        return state
    if page.workflow_in_progress:
        return state
    return workflow.start(page, user)
