"""The admin of hearing answers: the moderation queue, staff-entered answers and the export.

- "Høringssvar" lists every answer, awaiting moderation first; filter by hearing and status.
- Editing an answer is moderating it: publish, hide passages (with a public note) or reject
  (with an internal reason). The original text is read-only.
- "Tilføj" is for answers received by phone, in person or by letter: the channel and the
  staff member are recorded.
- The list downloads as CSV or XLSX (``list_export``) for the case system; CSV cells are
  neutralised against formulas by ``core.exports``, XLSX cells are written as text.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from core.times import local_display

from .models import HearingAnswer, HearingIndexPage, HearingPage
from .templatetags.hearing_tags import hearing_notice


class LocalTimeColumn(Column):
    def get_value(self, instance):
        return local_display(super().get_value(instance))


class StaffAnswerAdminForm(WagtailAdminModelForm):
    """An answer staff type in: never "web form", and an organisation needs its name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "channel" in self.fields:
            self.fields["channel"].choices = [
                c for c in HearingAnswer.Channel.choices if c[0] != HearingAnswer.Channel.WEB
            ]
            self.fields["channel"].initial = HearingAnswer.Channel.PHONE
        if "hearing" in self.fields:
            from .models import HearingPage

            self.fields["hearing"].queryset = HearingPage.objects.order_by("-start")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("channel") == HearingAnswer.Channel.WEB:
            self.add_error("channel", _("Choose how the answer was received."))
        return cleaned


class ModerationForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status == HearingAnswer.Status.REJECTED and not cleaned.get("rejection_reason"):
            self.add_error("rejection_reason", _("Write why the answer is rejected."))
        passages = [p.strip() for p in (cleaned.get("redacted_passages") or "").splitlines()]
        missing = [p for p in passages if p and p.lower() not in self.instance.text.lower()]
        if missing:
            self.add_error(
                "redacted_passages",
                _("This passage is not in the answer: “%(passage)s”. Copy it exactly.")
                % {"passage": missing[0]},
            )
        if [p for p in passages if p] and not (cleaned.get("redaction_note") or "").strip():
            self.add_error("redaction_note", _("Say why text is hidden."))
        return cleaned


CREATE_PANELS = ObjectList(
    [
        FieldPanel("hearing"),
        FieldPanel("channel"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("email"),
                FieldRowPanel([FieldPanel("address"), FieldPanel("hide_address")]),
                FieldRowPanel([FieldPanel("respondent"), FieldPanel("organisation")]),
            ],
            heading=_("Answerer"),
        ),
        FieldPanel("text"),
    ],
    base_form_class=StaffAnswerAdminForm,
)

MODERATION_PANELS = ObjectList(
    [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("hearing", read_only=True),
                FieldPanel("reference", read_only=True),
                FieldPanel("channel", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("address", read_only=True),
                FieldPanel("hide_address", read_only=True),
                FieldPanel("text", read_only=True),
            ],
            heading=_("The answer as it was sent"),
        ),
        MultiFieldPanel(
            [FieldPanel("redacted_passages"), FieldPanel("redaction_note")],
            heading=_("Hide passages"),
        ),
        FieldPanel("rejection_reason"),
    ],
    base_form_class=ModerationForm,
)


class AnswerCreateView(CreateView):
    # Wagtail's own "… created." has no Danish translation.
    success_message = _("Hearing answer %(object)s added.")

    def save_instance(self):
        self.form.instance.entered_by = self.request.user
        return super().save_instance()


class AnswerEditView(EditView):
    # Wagtail's own "… updated." has no Danish translation.
    success_message = _("Hearing answer %(object)s saved.")

    def save_instance(self):
        answer = self.form.instance
        if "status" in self.form.changed_data:
            answer.moderated_by = self.request.user
            answer.published_at = (
                timezone.now() if answer.status == HearingAnswer.Status.PUBLISHED else None
            )
        return super().save_instance()


class HearingAnswerViewSet(ModelViewSet):
    model = HearingAnswer
    icon = "comment"
    menu_label = _("Hearing answers")
    add_to_admin_menu = True
    menu_order = 260
    list_display = [
        # A field name first, so Wagtail makes it the title column that links to the edit
        # (moderation) view; a Column object there would leave the queue without links.
        "reference",
        "name",
        Column("hearing", label=_("Hearing")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("channel", label=_("Received by"), accessor="get_channel_display"),
        LocalTimeColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_filter = ["status", "hearing", "channel"]
    search_fields = ["reference", "name", "organisation", "email", "text"]
    ordering = ["status", "-created_at"]
    list_export = [
        "reference",
        "hearing",
        "status",
        "channel",
        "name",
        "respondent",
        "organisation",
        "email",
        "address",
        "hide_address",
        "text",
        "public_text",
        "attachment_names",
        "created_at",
    ]
    export_headings = {
        "reference": _("Reference"),
        "hearing": _("Hearing"),
        "public_text": _("Published text"),
        "attachment_names": _("Attachments"),
    }
    export_filename = "hoeringssvar"
    copy_view_enabled = False
    add_view_class = AnswerCreateView
    edit_view_class = AnswerEditView

    #: Edit is moderation, add is an answer typed in by staff: two panels, two forms.
    panels = MODERATION_PANELS.children

    def get_add_view_kwargs(self, **kwargs):
        panel = CREATE_PANELS.bind_to_model(self.model)
        return {
            "panel": panel,
            "form_class": panel.get_form_class(),
            "template_name": self.create_template_name,
            **kwargs,
        }

    def get_edit_view_kwargs(self, **kwargs):
        panel = MODERATION_PANELS.bind_to_model(self.model)
        return {
            "panel": panel,
            "form_class": panel.get_form_class(),
            "template_name": self.edit_template_name,
            **kwargs,
        }


@hooks.register("register_admin_viewset")
def register_hearing_answer_viewset():
    return HearingAnswerViewSet("hearing_answers")


@hooks.register("page_notices")
def related_hearing_notice(page, request):
    """ "Høring: svar senest …" on a page an open or upcoming hearing is about."""
    return hearing_notice(page)


def _hearing_items(page):
    """A hearing's announced item: its decision, once one is published on the page."""
    if not (page.decision_text or "").strip():
        return []
    url = page.get_full_url() or ""
    summary = " ".join(strip_tags(page.decision_text).split())[:300]
    return [("decision", _("%(title)s: the decision") % {"title": page.title}, summary, url)]


# Subscriptions (docs/subscriptions.md) find these through Wagtail's hook registry, so neither
# app imports the other: new hearings reach a section's subscribers, and a hearing's
# subscribers hear of its decision.
@hooks.register("register_subscribable_section")
def _hearing_section():
    return HearingIndexPage


@hooks.register("register_subscribable_page_type")
def _hearing_page_type():
    return HearingPage, _hearing_items
