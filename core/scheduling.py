"""Go-live and expiry times in the admin: what the editor typed is what is saved.

Wagtail's date-time picker (xdsoft) "validates on blur": a value that does not match
``WAGTAIL_DATETIME_FORMAT`` exactly ("2026-12-02 09:00" instead of "02.12.2026 09:00") is
replaced by the current time before the form is sent, so the page went live at once. Here the
picker keeps the typed text; Django parses it with the Danish input formats plus ISO 8601
(``DATETIME_INPUT_FORMATS``) and anything else is a Danish form error. Every date-time field
also shows a format hint, and saving a go-live time in the past warns.
"""

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin.widgets.datetime import AdminDateTimeInput

_EXAMPLE = dt.datetime(2026, 12, 2, 9, 0)


def format_hint() -> str:
    """The hint under every date-time field, from the one admin format setting."""
    return _("Write date and time as %(admin)s or %(iso)s.") % {
        "admin": _EXAMPLE.strftime(settings.WAGTAIL_DATETIME_FORMAT),
        "iso": _EXAMPLE.strftime("%Y-%m-%d %H:%M"),
    }


def keep_typed_datetimes() -> None:
    """Make every admin date-time picker keep what was typed, and show the format hint.

    Wagtail builds ``AdminDateTimeInput`` itself in places a field override cannot reach (the
    scheduling dialog's ``PublishingPanel``, StreamField blocks), so the picker's options are
    extended on the class; the picker reads no global default before Wagtail passes these.
    """
    if getattr(AdminDateTimeInput, "_vcms_keeps_typed", False):
        return
    wagtail_config = AdminDateTimeInput.get_config
    wagtail_context = AdminDateTimeInput.get_context

    def get_config(self):
        return {**wagtail_config(self), "validateOnBlur": False}

    def get_context(self, name, value, attrs):
        context = wagtail_context(self, name, value, attrs)
        widget = context["widget"]
        hint_id = f"{widget['attrs'].get('id') or name}-format"
        described = widget["attrs"].get("aria-describedby", "")
        widget["attrs"]["aria-describedby"] = f"{described} {hint_id}".strip()
        widget["format_hint"] = format_hint()
        widget["format_hint_id"] = hint_id
        return context

    AdminDateTimeInput.get_config = get_config
    AdminDateTimeInput.get_context = get_context
    AdminDateTimeInput._vcms_keeps_typed = True


def warn_if_go_live_in_past(request, page) -> None:
    """Warn when this save set a go-live time that has already passed.

    Only when the time changed in this save (a page published last week keeps its old
    go-live time and must not warn on every edit).
    """
    go_live = page.go_live_at
    if go_live is None or go_live > timezone.now():
        return
    previous = page.revisions.order_by("-created_at", "-id")[1:2].first()
    if previous is not None and previous.as_object().go_live_at == go_live:
        return
    local = formats.date_format(timezone.localtime(go_live), "DATETIME_FORMAT")
    messages.warning(
        request,
        _(
            "The go-live time %(time)s has already passed: the page goes live as soon as it "
            "is published, not later."
        )
        % {"time": local},
    )
