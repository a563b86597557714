"""Staff review nominations in the admin: filter, shortlist, pick winners, export CSV."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_exports import ExportPermissionIndexView
from core.staff import is_staff
from core.times import local_display as local_time
from submissions.admin_views import LocalTimeColumn

from .dashboard import NewNominationsPanel
from .models import Nomination


class NominationInspectView(InspectView):
    """Every field, the association by name, times in local time, the celebration page linked."""

    def get_field_label(self, field_name, field):
        if field_name == "association_display":
            return str(_("Association"))
        return super().get_field_label(field_name, field)

    def get_fields(self):
        fields = super().get_fields()
        return [
            "association_display" if name in {"association", "association_name"} else name
            for name in fields
            if name != "association_name"
        ]

    def get_created_at_display_value(self):
        return local_time(self.object.created_at)

    def get_nominee_consent_at_display_value(self):
        return local_time(self.object.nominee_consent_at)

    def get_anonymised_at_display_value(self):
        return local_time(self.object.anonymised_at)

    def get_association_display_display_value(self):
        return self.object.association_display or "-"

    def get_celebration_page_display_value(self):
        page = self.object.celebration_page
        if page is None:
            return "-"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            page.get_admin_display_title(),
        )


class NominationViewSet(ModelViewSet):
    """Nominations with status filters; the index view exports CSV/XLSX (``list_export``) for
    staff with ``recognition.export_nomination`` only: the file holds nominators' emails and
    phones and what they wrote about a third person."""

    model = Nomination
    index_view_class = ExportPermissionIndexView
    icon = "pick"
    menu_label = _("Volunteer nominations")
    add_to_admin_menu = True
    menu_order = 260
    list_display = [
        Column("nominee_name", label=_("Volunteer")),
        Column("reference", label=_("Reference")),
        Column("association_display", label=_("Association")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("year", label=_("Year")),
        LocalTimeColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_filter = ["status", "year"]
    # The nominator's name and email too: an erasure request starts by finding their rows.
    search_fields = [
        "nominee_name",
        "association_name",
        "association__title",
        "reason",
        "nominator_name",
        "nominator_email",
    ]
    list_export = [
        "nominee_name",
        "association_display",
        "reason",
        "nominator_name",
        "nominator_email",
        "nominator_phone",
        "status",
        "year",
        "created_at",
    ]
    export_headings = {"association_display": _("Association")}
    export_filename = "indstillinger-ildsjaele"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = NominationInspectView
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("year")]),
                FieldPanel("celebration_page"),
                FieldPanel("staff_note"),
            ],
            heading=_("Decision"),
        ),
        MultiFieldPanel(
            [FieldPanel("nominee_consent"), FieldPanel("nominee_consent_note")],
            heading=_("Consent to publish the name"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("nominee_name"),
                FieldPanel("association"),
                FieldPanel("association_name"),
                FieldPanel("reason"),
            ],
            heading=_("Nomination"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("nominator_name"),
                FieldPanel("nominator_email"),
                FieldPanel("nominator_phone"),
            ],
            heading=_("Nominated by"),
        ),
    ]


@hooks.register("register_admin_viewset")
def register_nomination_viewset():
    return NominationViewSet("nominations")


@hooks.register("construct_homepage_panels")
def add_new_nominations_panel(request, panels):
    if is_staff(request.user):
        panels.append(NewNominationsPanel())
