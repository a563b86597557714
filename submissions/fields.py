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
