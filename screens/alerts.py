"""Choosing the alert to show: on screens and as the website's banner."""

import datetime as dt

from django.core.cache import cache
from django.utils import timezone

from core import cache_tags

from .cache import content_version, poll_seconds
from .models import Alert

#: Every response that shows (or could show) the alert banner (core.cache_tags).
ALERT_TAG = f"m:{cache_tags.model_tag(Alert)}"


def pick_alert(alerts, language_code: str) -> Alert | None:
    """The most severe active alert, in the given language when translated.

    An alert not yet translated still shows in its original language: an urgent message
    must not wait for the translator.
    """
    by_key: dict = {}
    for alert in alerts:
        chosen = by_key.get(alert.translation_key)
        if chosen is None or (
            alert.locale.language_code == language_code
            and chosen.locale.language_code != language_code
        ):
            by_key[alert.translation_key] = alert
    if not by_key:
        return None
    return max(
        by_key.values(),
        key=lambda a: (
            Alert.SEVERITY_RANK.get(a.severity, 0),
            a.start or dt.datetime.min.replace(tzinfo=dt.UTC),
            a.pk,
        ),
    )


def alert_changes(alerts, now) -> list[dt.datetime]:
    """Future moments when one of these alerts starts or ends."""
    moments = []
    for alert in alerts:
        for moment in (alert.start, alert.end):
            if moment and moment > now:
                moments.append(moment)
    return moments


def load_alerts(now):
    """Active alerts and the moments the set of active alerts changes next."""
    candidates = list(Alert.objects.enabled_not_ended(now).select_related("locale"))
    active = [a for a in candidates if a.is_active(now)]
    return active, alert_changes(candidates, now)


def current_alert(language_code: str, now: dt.datetime | None = None) -> Alert | None:
    """The alert for the website banner, cached until content or the next start/end changes."""
    now = now or timezone.now()
    cache_tags.add(ALERT_TAG)
    key = f"screens:alerts:{content_version()}"
    entry = cache.get(key)
    if entry is None or entry["expires"] <= now.timestamp():
        active, changes = load_alerts(now)
        expires = min([now + dt.timedelta(seconds=poll_seconds()), *changes])
        entry = {"alerts": active, "expires": expires.timestamp()}
        cache.set(key, entry, max(1, int((expires - now).total_seconds())))
    return pick_alert(entry["alerts"], language_code)
