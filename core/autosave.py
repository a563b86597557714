"""Autosave never creates a page: only an explicit "Gem"/"Udgiv" does (#15.11).

Wagtail 8 autosaves the create form too (``WAGTAIL_AUTOSAVE_INTERVAL``), which left a draft
behind when an editor abandoned the form, and the next attempt failed with "the slug is
already in use". Autosave stays on for existing pages; on the create view its JSON request is
refused with Wagtail's own JSON error shape, so the editor's indicator shows why.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _


def is_autosave(request) -> bool:
    """The admin's autosave POSTs ask for JSON; the editor's own submit asks for HTML."""
    return request.method == "POST" and not request.accepts("text/html")


def refuse_autosave_on_create(request):
    if not is_autosave(request):
        return None
    return JsonResponse(
        {
            "success": False,
            "error_code": "autosave_before_first_save",
            "error_message": _(
                "The page is saved automatically once you have saved it yourself the first time."
            ),
        },
        status=400,
    )
