"""Form fields shared by every public form."""

from django import forms
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from core import page_cache
from core.validators import validate_single_line

TYPE_THE_NAME = _("Write the name as it appears in the directory.")
NO_SUCH_NAME = _("We found none with that name. Check the spelling against the directory.")
SAME_NAME = _("More than one has that name. Write the name exactly as in the directory.")


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


#: Up to this many choices a page is chosen from a list; past it, by typing its name. A list
#: of thousands is unusable and its HTML alone took seconds (make bench at 100 000 pages).
CHOICE_LIST_LIMIT = 300


class PageChoiceField(forms.ModelChoiceField):
    """An association or business chosen from a list, or by its name once there are many.

    The form hands it its pages with :meth:`offer`. While they are at most
    ``CHOICE_LIST_LIMIT`` it is a plain select. Past that the field is a text input: the page
    whose title matches what was typed (ignoring case and surrounding spaces) is chosen, and a
    name that matches none gets a form error. Whether there are that many is counted up to the
    limit and remembered until the next publish (``core.page_cache.remembered``), so the form
    costs the same however many pages there are.
    """

    by_name = False

    def offer(self, queryset, key: str) -> None:
        """Choose from ``queryset``; ``key`` names this list (form and language) in the cache."""
        self.queryset = queryset
        self.by_name = page_cache.remembered(
            f"choice-list:{key}",
            # Without the ordering: sorting every page to count the first few read them all.
            lambda: queryset.order_by()[: CHOICE_LIST_LIMIT + 1].count() > CHOICE_LIST_LIMIT,
        )
        if self.by_name:
            self.widget = forms.TextInput(attrs={"autocomplete": "off", "maxlength": 255})
            self.widget.is_required = self.required
            self.help_text = (
                f"{self.help_text} {TYPE_THE_NAME}" if self.help_text else TYPE_THE_NAME
            )

    def prepare_value(self, value):
        if self.by_name and isinstance(value, Model):
            return value.title
        if self.by_name and value not in self.empty_values:
            # A bound form shows back what was typed; an initial pk shows its page's title.
            found = self._by_pk(value)
            return found.title if found is not None else value
        return super().prepare_value(value)

    def _by_casefold(self, name: str) -> list:
        # SQLite's iexact folds ASCII only ("BÆK" is not "bæk"); a sent form may read them all.
        wanted = name.casefold()
        pks = [
            pk
            for pk, title in self.queryset.order_by().values_list("pk", "title")
            if " ".join(title.split()).casefold() == wanted
        ]
        return list(self.queryset.filter(pk__in=pks[:2]))

    def _by_pk(self, value):
        if not str(value).isdigit():
            return None
        return self.queryset.filter(pk=int(value)).first()

    def to_python(self, value):
        if not self.by_name:
            return super().to_python(value)
        name = " ".join(str(value or "").split())
        if not name:
            return None
        matches = list(self.queryset.filter(title__iexact=name)[:2]) or self._by_casefold(name)
        if len(matches) == 1:
            return matches[0]
        # A pk from a form shown as a list before the pages grew past the limit.
        found = self._by_pk(name) if not matches else None
        if found is not None:
            return found
        raise forms.ValidationError(
            NO_SUCH_NAME if not matches else SAME_NAME, code="invalid_choice"
        )

    def has_changed(self, initial, data):
        if not self.by_name:
            return super().has_changed(initial, data)
        return str(self.prepare_value(initial) or "") != " ".join(str(data or "").split())
