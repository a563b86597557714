"""Tell a moderator, in the admin, why an approval was refused instead of showing a 403."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.modal_workflow import render_modal_workflow

from .approval import OutdatedReviewError


class OutdatedReviewMiddleware:
    """Turn ``OutdatedReviewError`` into an error message on the page's editor.

    Wagtail's workflow views (the dashboard's approve buttons, the approve-with-comment
    dialog, the editor) have no place to report a refused approval; by the time the error
    reaches this middleware the approval has been rolled back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OutdatedReviewError):
            return None
        messages.error(request, str(exception))
        edit_url = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The approve-with-comment dialog follows the redirect itself.
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": edit_url}
            )
        return redirect(edit_url)
