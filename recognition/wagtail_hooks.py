"""Staff review nominations in the admin: filter, shortlist, pick winners, export CSV."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_exports import ExportPermissionIndexView

from .models import Nomination


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
        "nominee_name",
        Column("reference", label=_("Reference")),
        "association_display",
        "status",
        "year",
        "created_at",
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
