"""Spreadsheet exports that cannot carry a live formula into staff's spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel and LibreOffice when a CSV file is opened. Citizens and association members
write text that ends up in the admin's CSV downloads (a nominee's name, a page title, a search
term), so such a cell is prefixed with ``'`` (OWASP's advice): the spreadsheet shows the text,
and the cell is never evaluated.

Every CSV download in the admin comes from Wagtail's ``SpreadsheetExportMixin`` (reports, model
and snippet listings with ``list_export``, form submissions, search terms, redirects), so
``protect_spreadsheet_exports()`` (called once from ``CoreConfig.ready()``) makes the mixin
pass every CSV value through ``neutralise_cell``. XLSX needs nothing: Wagtail writes every cell
that openpyxl would take for a formula as a string.
"""

from __future__ import annotations

import datetime as dt
import functools

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from core.times import local, local_iso

#: Leading characters that make a spreadsheet evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """The value as a spreadsheet must show it: text starting like a formula gets a ``'``.

    Numbers, dates and ``None`` are returned unchanged (a negative number is data, not a
    formula, when the CSV writer formats it).
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def protect_spreadsheet_exports() -> None:
    """Make every CSV export built on Wagtail's export mixin neutralise its cells (idempotent).

    The mixin has no setting for this, and its subclasses live in Wagtail's own report and
    listing views, so the wrapper goes on the mixin's value hook itself; the original hook
    still runs first (dates, lists and per-field formatting stay Wagtail's).
    """
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    @functools.wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_cell(value)
        return value

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


def _xlsx_local(value: dt.datetime) -> dt.datetime:
    # A spreadsheet cell has no time zone: it shows the Danish wall-clock time.
    return timezone.make_naive(local(value)) if timezone.is_aware(value) else value


def localise_spreadsheet_datetimes() -> None:
    """Date-times in every admin export in Danish time (``core.times``), not UTC.

    Wagtail writes an aware date-time to CSV as ``str()`` of the stored UTC value and to
    XLSX as naive UTC. CSV now gets ISO 8601 with the offset; XLSX the local wall-clock time
    (a cell cannot carry an offset). Idempotent.
    """
    SpreadsheetExportMixin.custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        dt.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: local_iso,
            SpreadsheetExportMixin.FORMAT_XLSX: _xlsx_local,
        },
    }
