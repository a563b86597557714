"""Admin screens for memberships: staff list members and invite new ones."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from .access import member_pages
from .invitations import invite_member
from .models import Membership


class InviteMemberForm(WagtailAdminModelForm):
    """Invite by email: the user is created on save if no account has that address."""

    email = forms.EmailField(label=_("Email"), max_length=254)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)

    class Meta:
        model = Membership
        fields = ["association", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["association"].queryset = member_pages().order_by("title")

    def clean(self):
        cleaned = super().clean()
        email, association = cleaned.get("email"), cleaned.get("association")
        if email and association:
            exists = Membership.objects.filter(
                association=association, user__email__iexact=email
            ).exists()
            if exists:
                self.add_error("email", _("This person is already a member of the association."))
        return cleaned


class MembershipEditForm(WagtailAdminModelForm):
    class Meta:
        model = Membership
        fields = ["role"]


class InviteView(CreateView):
    """The "add membership" view: creates the user and membership and emails the link."""

    page_title = _("Invite a member")
    success_message = _("Invitation sent to %(object)s.")

    def save_instance(self):
        data = self.form.cleaned_data
        return invite_member(
            data["association"],
            data["email"],
            role=data["role"],
            first_name=data["first_name"],
            last_name=data["last_name"],
        ).membership


class MembershipViewSet(ModelViewSet):
    """Memberships under Settings; "add" invites by email (``associations.invitations``)."""

    model = Membership
    icon = "group"
    menu_label = _("Association and business members")
    add_to_settings_menu = True
    list_display = ["user", "association", "role", "created_at"]
    list_filter = ["role", "association"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "association__title"]
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return MembershipEditForm if for_update else InviteMemberForm

    add_view_class = InviteView
