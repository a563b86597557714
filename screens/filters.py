"""The on/off switch in the screens' admin listings: its column and its filter, in Danish."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column

from .models import Alert, ManualSlide

_YES_NO = (("true", _("Yes")), ("false", _("No")))


class YesNoFilter(django_filters.ChoiceFilter):
    """A switch filter whose active-filter label reads "Ja"/"Nej".

    Wagtail renders a ``BooleanFilter``'s active value as ``str(value)``, so editors saw
    "Slået til: False"; a choice filter shows its choice's label instead.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", _YES_NO)
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("true", "false"):
            return qs.filter(**{self.field_name: value == "true"})
        return qs


class YesNoColumn(Column):
    """A switch shown as "Ja"/"Nej" (Wagtail writes a boolean field as True/False)."""

    def get_value(self, instance):
        return _YES_NO[0][1] if super().get_value(instance) else _YES_NO[1][1]


def enabled_column(model) -> YesNoColumn:
    return YesNoColumn("enabled", label=model._meta.get_field("enabled").verbose_name)


def _enabled_filter(model) -> YesNoFilter:
    return YesNoFilter(field_name="enabled", label=model._meta.get_field("enabled").verbose_name)


class ManualSlideFilterSet(WagtailFilterSet):
    enabled = _enabled_filter(ManualSlide)

    class Meta:
        model = ManualSlide
        fields = ["enabled", "screens"]


class AlertFilterSet(WagtailFilterSet):
    enabled = _enabled_filter(Alert)

    class Meta:
        model = Alert
        fields = ["enabled", "severity"]
