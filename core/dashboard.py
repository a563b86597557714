"""Dashboard panels per role (#15.15): what each person has to act on, and nothing else.

Each domain app adds its own panel in its ``wagtail_hooks`` through Wagtail's
``construct_homepage_panels`` hook, as a ``DashboardPanel`` (a Component): staff get new
suggestions, nominations, overdue guides, offline screens and the alert switch; association
members get "Min forening" (``associations``). Members get no site-wide counts: the summary
("130 sider") is removed for everyone who is not staff (``core.wagtail_hooks``), because it
counts every page, drafts of other associations included.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.admin.ui.components import Component


@dataclass
class Row:
    """One line of a panel: what it is (a link), and a short fact about it."""

    label: str
    url: str = ""
    meta: str = ""
    status: str = ""


class DashboardPanel(Component):
    """A heading with a count, up to ``limit`` rows, a link to the whole list, an empty text.

    Subclasses say what: ``get_queryset(request)``, ``row(obj)`` and ``get_more_url()``.
    """

    name = ""
    order = 100
    heading = ""
    empty_text = ""
    more_text = ""
    limit = 5
    template_name = "core/dashboard/panel.html"

    def get_queryset(self, request):
        raise NotImplementedError

    def row(self, obj) -> Row:
        raise NotImplementedError

    def get_more_url(self) -> str:
        return ""

    def get_rows(self, request) -> tuple[list[Row], int]:
        """The rows shown and how many there are in all."""
        queryset = self.get_queryset(request)
        items = list(queryset[: self.limit])
        count = len(items) if len(items) < self.limit else queryset.count()
        return [self.row(item) for item in items], count

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        rows, count = self.get_rows(request)
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "count": count,
            "rows": rows,
            "empty_text": self.empty_text,
            "more_url": self.get_more_url() if count > len(rows) or self.more_text else "",
            "more_text": self.more_text,
            "request": request,
            "csrf_token": parent_context.get("csrf_token"),
        }
