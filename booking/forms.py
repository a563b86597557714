"""The member's request form and the staff's decision and cancellation forms."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BookableRoom, Booking, BookingGroup


class DateInput(forms.DateInput):
    input_type = "date"


class TimeInput(forms.TimeInput):
    input_type = "time"


class RequestForm(forms.ModelForm):
    excluded = forms.CharField(
        label=_("Excluded dates"),
        required=False,
        help_text=_("Dates in the series you do not need, e.g. 2027-02-16, 2027-02-23."),
    )

    class Meta:
        model = Booking
        fields = [
            "association",
            "group",
            "purpose",
            "repeat",
            "first_date",
            "last_date",
            "start_time",
            "end_time",
        ]
        widgets = {
            "first_date": DateInput(format="%Y-%m-%d"),
            "last_date": DateInput(format="%Y-%m-%d"),
            "start_time": TimeInput(format="%H:%M"),
            "end_time": TimeInput(format="%H:%M"),
        }
        help_texts = {"last_date": _("Only for a series: the last week it runs.")}

    def __init__(self, *args, associations, room: BookableRoom, groups=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.room = room
        groups = groups if groups is not None else BookingGroup.objects.none()
        # Only the choices the member has: their associations, their named groups, or both.
        has_associations, has_groups = associations.exists(), groups.exists()
        self.fields["association"].queryset = associations
        self.fields["group"].queryset = groups
        # Django has no Danish text for a choice outside the list: say what the rule is.
        self.fields["association"].error_messages["invalid_choice"] = _(
            "You can only book for your own association."
        )
        self.fields["group"].error_messages["invalid_choice"] = _(
            "You can only book for a group you belong to."
        )
        self.fields["group"].label = _("Group")
        self.fields["group"].help_text = ""
        if has_associations and not has_groups:
            del self.fields["group"]
            self.fields["association"].required = True
            self.fields["association"].empty_label = None
        elif has_groups and not has_associations:
            del self.fields["association"]
            self.fields["group"].required = True
            self.fields["group"].empty_label = None
        elif not has_groups:
            del self.fields["group"]

    def clean(self):
        cleaned = super().clean()
        association, group = cleaned.get("association"), cleaned.get("group")
        if "association" in self.fields and "group" in self.fields:
            if association and group:
                self.add_error("group", _("Book for either an association or a group, not both."))
            elif not association and not group:
                self.add_error("association", _("Choose the association or group you book for."))
        return cleaned

    def clean_excluded(self):
        days = []
        for part in self.cleaned_data["excluded"].replace(";", ",").split(","):
            if not part.strip():
                continue
            try:
                days.append(dt.date.fromisoformat(part.strip()).isoformat())
            except ValueError:
                raise forms.ValidationError(
                    _("Write the dates as YYYY-MM-DD separated by commas.")
                ) from None
        return days

    def _post_clean(self):
        # The rules are checked by booking.services.request_booking, in its transaction.
        super()._post_clean()
        self.instance.excluded_dates = self.cleaned_data.get("excluded", [])


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("decline", _("Decline"))], widget=forms.HiddenInput
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=2000)
    access_code = forms.CharField(
        label=_("Door code"),
        required=False,
        max_length=40,
        help_text=_("Optional, e.g. 4711: in the approval email and the association's list."),
    )

    def clean_access_code(self):
        code = self.cleaned_data["access_code"].strip()
        if any(ord(character) < 32 or ord(character) == 127 for character in code):
            raise forms.ValidationError(_("The door code can only hold ordinary characters."))
        return code


class CancelDatesForm(forms.Form):
    first_day = forms.DateField(label=_("First day"), widget=DateInput)
    last_day = forms.DateField(label=_("Last day"), widget=DateInput)
    message = forms.CharField(
        label=_("Message to those affected"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=300,
        help_text=_("E.g. The hall is closed for renovation."),
    )


class PublishForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the declined requests"),
        max_length=2000,
        initial=_("The time was given to another association in the season's allocation."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
