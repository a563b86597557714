"""Staff's screens: stand applications (decide, give stand numbers, export) and the message
to all exhibitors of a fair."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_exports import ExportPermissionIndexView
from submissions.admin_views import LocalTimeColumn
from submissions.fields import SingleLineCharField

from .choices import Status
from .decisions import needs_telling
from .models import FairPage, StandApplication
from .tasks import message_exhibitors, tell_applicant

MESSAGE_PERMISSION = "fairs.change_standapplication"


class StandApplicationEditView(generic.EditView):
    """Saving a decision (accepted/declined) emails the applicant once, after the commit."""

    def save_instance(self):
        instance = super().save_instance()
        if needs_telling(instance):
            transaction.on_commit(lambda: tell_applicant.enqueue(instance.pk))
        return instance


class StandApplicationViewSet(ModelViewSet):
    """Applications by fair and status; CSV/XLSX export (``core.exports`` neutralises
    formulas) needs ``fairs.export_standapplication``: the file holds contact persons."""

    model = StandApplication
    index_view_class = ExportPermissionIndexView
    edit_view_class = StandApplicationEditView
    icon = "list-ul"
    menu_label = _("Stand applications")
    add_to_admin_menu = True
    menu_order = 265
    list_display = [
        Column("stand_number", label=_("Stand"), sort_key="stand_number"),
        Column("name", label=_("Exhibitor")),
        Column("kind", label=_("Type"), accessor="get_kind_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("fair", label=_("Fair")),
        LocalTimeColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_filter = ["fair", "status", "kind", "needs_power", "placement"]
    search_fields = ["organisation_name", "contact_name", "contact_email", "description"]
    list_export = [
        "stand_number",
        "name",
        "kind",
        "status",
        "description",
        "offer",
        "needs_power",
        "needs_table",
        "placement",
        "size",
        "contact_name",
        "contact_email",
        "contact_phone",
        "created_at",
    ]
    export_headings = {"name": _("Exhibitor")}
    export_filename = "standliste"
    copy_view_enabled = False
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("stand_number")]),
                FieldPanel("staff_note"),
            ],
            heading=_("Decision"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("fair"),
                FieldPanel("kind"),
                FieldPanel("association"),
                FieldPanel("business"),
                FieldPanel("organisation_name"),
                FieldPanel("description"),
                FieldPanel("offer"),
            ],
            heading=_("Exhibitor"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("needs_power"), FieldPanel("needs_table")]),
                FieldRowPanel([FieldPanel("placement"), FieldPanel("size")]),
            ],
            heading=_("Needs"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact person"),
        ),
    ]


class ExhibitorMessageForm(forms.Form):
    fair = forms.ModelChoiceField(
        label=_("Fair"), queryset=FairPage.objects.order_by("-starts_at"), empty_label=None
    )
    recipients = forms.ChoiceField(
        label=_("Send to"),
        choices=[
            ("accepted", _("Accepted exhibitors")),
            ("all", _("Everybody who applied (received, accepted and declined)")),
        ],
    )
    subject = SingleLineCharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea)

    def statuses(self) -> list[str]:
        if self.cleaned_data["recipients"] == "all":
            return list(Status.values)
        return [Status.ACCEPTED]


def message_exhibitors_view(request):
    """Write to all exhibitors of a fair; the sending runs as a task."""
    if not request.user.has_perm(MESSAGE_PERMISSION):
        raise PermissionDenied
    form = ExhibitorMessageForm(request.POST or None, initial=request.GET or None)
    if request.method == "POST" and form.is_valid():
        fair = form.cleaned_data["fair"]
        message_exhibitors.enqueue(
            fair.pk, form.cleaned_data["subject"], form.cleaned_data["body"], form.statuses()
        )
        messages.success(
            request,
            _("The message to the exhibitors of %(fair)s is being sent.") % {"fair": fair.title},
        )
        return redirect("fairs_message_exhibitors")
    return TemplateResponse(
        request,
        "fairs/admin/message_exhibitors.html",
        {"form": form, "page_title": _("Email exhibitors")},
    )
