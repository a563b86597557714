"""Staff see who sent each suggestion (the draft itself waits in the moderation queue)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Submission


class SubmissionViewSet(ModelViewSet):
    """Read-mostly list of public submissions with the sender's contact details."""

    model = Submission
    icon = "form"
    menu_label = _("Public suggestions")
    add_to_admin_menu = True
    menu_order = 250
    # The reference is the one in the sender's receipt ("F-1042"), which they quote when calling.
    list_display = [
        "title",
        Column("reference", label=_("Reference")),
        "kind",
        "name",
        "email",
        "phone",
        "created_at",
    ]
    list_filter = ["kind"]
    search_fields = ["title", "name", "email"]
    form_fields = ["kind", "title", "name", "email", "phone"]
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet("public_submissions")
