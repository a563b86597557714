"""Staff see who sent each suggestion (the draft itself waits in the moderation queue)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from core.staff import is_staff

from .admin_views import LocalTimeColumn, MarkHandledView, SentPanel, SubmissionInspectView
from .cleanup import discard_draft
from .dashboard import NewSuggestionsPanel
from .models import Submission


class SubmissionDeleteView(DeleteView):
    """Deleting a suggestion rejects it: its unpublished draft and photo go with it."""

    def unpublished_draft(self):
        if not self.object.page_id:
            return None
        return Page.objects.filter(
            pk=self.object.page_id, live=False, first_published_at__isnull=True
        ).first()

    @property
    def confirmation_message(self):
        if self.unpublished_draft() is None:
            return super().confirmation_message
        return _(
            "Reject and delete the suggestion “%(title)s”? The unpublished draft and the "
            "photo sent with it are deleted too. This cannot be undone."
        ) % {"title": self.object.title}

    def delete_action(self):
        # The draft first, so the page's deletion is logged with the moderator's name.
        if self.object.page_id:
            discard_draft(self.object.page_id, user=self.request.user)
        super().delete_action()


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
        Column("kind", label=_("Type"), accessor="get_kind_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("name", label=_("Name")),
        Column("email", label=_("Email")),
        Column("phone", label=_("Phone")),
        LocalTimeColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["title", "name", "email"]
    panels = [
        FieldPanel("status"),
        SentPanel(heading=_("What was sent")),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]),
            ],
            heading=_("Sender"),
        ),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    delete_view_class = SubmissionDeleteView

    def get_urlpatterns(self):
        mark_handled = MarkHandledView.as_view(permission_policy=self.permission_policy)
        return [
            *super().get_urlpatterns(),
            path("handled/<int:pk>/", mark_handled, name="handled"),
        ]


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet("public_submissions")


@hooks.register("construct_homepage_panels")
def add_new_suggestions_panel(request, panels):
    if is_staff(request.user):
        panels.append(NewSuggestionsPanel())
