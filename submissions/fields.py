"""Form fields shared by every public form."""

from django import forms

from core.validators import validate_single_line


class SingleLineCharField(forms.CharField):
    """A one-line text field (name, title, phone, address) that refuses CR/LF and control
    characters with a Danish form error.

    Such text ends up in email headers, spreadsheet cells and log lines, where a line break
    starts a new header, row or entry. Leading and trailing whitespace (a pasted trailing
    newline included) is still trimmed, as by every ``CharField``.
    """

    default_validators = [validate_single_line]


class TelInput(forms.TextInput):
    """A phone number: the phone keypad on mobiles."""

    input_type = "tel"


def autocomplete(token: str, widget: type[forms.Widget] = forms.TextInput) -> forms.Widget:
    """A widget that tells the browser what to fill in (WCAG 1.3.5): "name", "email", "tel"."""
    return widget(attrs={"autocomplete": token})
