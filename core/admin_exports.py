"""Spreadsheet exports of personal data behind a permission of their own.

Wagtail's model listings export CSV/XLSX (``list_export``) to anyone who may view the listing.
Where a listing holds personal data (names, emails, phones), viewing one record at a time is
part of the work; carrying all of them away in a file is a separate decision, so it needs the
model's ``export`` permission (``<app>.export_<model>``, declared in the model's
``Meta.permissions``).
"""

from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from wagtail.admin.views.generic.models import IndexView


class ExportPermissionIndexView(IndexView):
    """A listing whose export buttons and ``?export=`` need ``export_permission`` as well."""

    export_permission = "export"

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.user_has_permission(self.export_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return super().show_export_buttons and self.user_has_permission(self.export_permission)
