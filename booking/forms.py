"""The member's request form and the staff's decision and cancellation forms."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BookableRoom, Booking


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

    def __init__(self, *args, associations, room: BookableRoom, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.room = room
        self.fields["association"].queryset = associations
        self.fields["association"].empty_label = None

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
