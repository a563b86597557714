"""Admin screens: the sign-ups one may manage, their participants, export and a message to all.

Staff see every sign-up; an association member sees those of their association's activities
and gets 404 for any other (the same answer as for one that does not exist).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from . import access, services
from .models import Registration, SignupOption, SignupQuestion


def _option(request, pk: int) -> SignupOption:
    option = get_object_or_404(access.manageable_options(request.user), pk=pk)
    return option


def _require_any(request) -> None:
    if not (
        access.is_signup_staff(request.user) or access.manageable_activities(request.user).exists()
    ):
        raise PermissionDenied


def index(request):
    _require_any(request)
    options = [
        (option, option.seats_taken(), option.waiting_count())
        for option in access.manageable_options(request.user).order_by("-created_at")
    ]
    return TemplateResponse(request, "signups/admin/index.html", {"options": options})


class OptionForm(forms.ModelForm):
    class Meta:
        model = SignupOption
        fields = [
            "activity",
            "occurrence_start",
            "capacity",
            "deadline",
            "waiting_list",
            "is_open",
        ]
        widgets = {
            "occurrence_start": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "deadline": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activity"].queryset = access.manageable_activities(user)

    def clean(self):
        cleaned = super().clean()
        activity, start = cleaned.get("activity"), cleaned.get("occurrence_start")
        if activity and start and not activity.occurrences.filter(start=start).exists():
            self.add_error(
                "occurrence_start",
                _("The activity has no date starting then. Choose one of its dates."),
            )
        duplicate = SignupOption.objects.filter(activity=activity, occurrence_start=start)
        if activity and duplicate.exclude(pk=self.instance.pk).exists():
            self.add_error(None, _("That activity or date already has a sign-up."))
        return cleaned


QuestionFormSet = forms.inlineformset_factory(
    SignupOption,
    SignupQuestion,
    fields=["label", "kind", "required"],
    extra=2,
    max_num=10,
    can_delete=True,
)


def _seat_questions(formset) -> int:
    return sum(
        1
        for form in formset.forms
        if form.cleaned_data
        and not form.cleaned_data.get("DELETE")
        and form.cleaned_data.get("kind") == SignupQuestion.Kind.SEATS
    )


def edit(request, pk: int | None = None):
    _require_any(request)
    option = _option(request, pk) if pk else SignupOption()
    form = OptionForm(request.POST or None, instance=option, user=request.user)
    formset = QuestionFormSet(request.POST or None, instance=option, prefix="questions")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        if _seat_questions(formset) > 1:
            messages.error(request, _("Ask for the number of people at most once."))
        else:
            with transaction.atomic():
                option = form.save()
                formset.instance = option
                formset.save()
            messages.success(request, _("The sign-up is saved."))
            return redirect("signups_participants", option.pk)
    return TemplateResponse(
        request, "signups/admin/edit.html", {"form": form, "formset": formset, "option": option}
    )


def participants(request, pk: int):
    option = _option(request, pk)
    if request.method == "POST":
        registration = get_object_or_404(option.registrations, pk=request.POST.get("cancel"))
        services.cancel_by_staff(registration)
        messages.success(request, _("The sign-up is cancelled."))
        return redirect("signups_participants", option.pk)
    registrations = list(option.registrations.order_by("status", "created_at", "pk"))
    context = {
        "option": option,
        "confirmed": [r for r in registrations if r.status == Registration.Status.CONFIRMED],
        "waiting": [r for r in registrations if r.status == Registration.Status.WAITING],
        "cancelled": [r for r in registrations if r.status == Registration.Status.CANCELLED],
        "seats_taken": option.seats_taken(),
    }
    return TemplateResponse(request, "signups/admin/participants.html", context)


class ParticipantExport(SpreadsheetExportMixin):
    """The participant list as CSV or XLSX; CSV cells are formula-safe (``core.exports``)."""

    list_export = ["name", "email", "phone", "seats", "status_label", "answers_text", "created_at"]
    export_headings = {
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("Email"),
        "phone": gettext_lazy("Phone"),
        "seats": gettext_lazy("Number of people"),
        "status_label": gettext_lazy("Status"),
        "answers_text": gettext_lazy("Answers"),
        "created_at": gettext_lazy("Signed up"),
    }

    def __init__(self, option):
        self.option = option

    def get_filename(self):
        return f"tilmeldte-{self.option.pk}"

    def get_heading(self, queryset, field):
        return str(self.export_headings[field])


def export(request, pk: int):
    option = _option(request, pk)
    export_format = request.GET.get("format")
    if export_format not in SpreadsheetExportMixin.FORMATS:
        raise Http404
    rows = [
        _ExportRow(registration)
        for registration in option.registrations.active().order_by("status", "created_at", "pk")
    ]
    return ParticipantExport(option).as_spreadsheet(rows, export_format)


class _ExportRow:
    def __init__(self, registration):
        self.name = registration.name
        self.email = registration.email
        self.phone = registration.phone
        self.seats = registration.seats
        self.status_label = str(registration.get_status_display())
        self.answers_text = registration.answers_text()
        self.created_at = registration.created_at


def message(request, pk: int):
    from .forms import MessageForm

    option = _option(request, pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = services.message_all(
                option,
                form.cleaned_data["subject"],
                form.cleaned_data["body"],
                include_waiting=form.cleaned_data["include_waiting"],
            )
        except ValidationError as error:  # pragma: no cover - the form validates first
            form.add_error(None, error)
        else:
            messages.success(request, _("The message was sent to %(count)s.") % {"count": sent})
            return redirect("signups_participants", option.pk)
    return TemplateResponse(
        request, "signups/admin/message.html", {"form": form, "option": option}
    )
