"""Demo seeder: the town hall foyer and library screens, their slides and an alert.

From ``screens.toml``. Idempotent: screens are found by key, slides by title, the alert by
its message.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.models import Topic
from core.site_url import absolute_url
from demo.registry import register
from demo.validation import building, validate

from .models import Alert, ManualSlide, Screen


def _screen(ctx, entry) -> tuple[Screen, bool]:
    screen = Screen.objects.filter(key=entry["key"]).first()
    if screen is not None:
        return screen, False
    screen = Screen(
        key=entry["key"],
        name=entry["name"],
        location=entry["location"],
        orientation=entry["orientation"],
        default_slide_seconds=entry["default_slide_seconds"],
        locale=ctx.locale,
        show_association_news=entry["show_association_news"],
        activity_days=entry["activity_days"],
        activity_facility=ctx.page_in("facilities", entry.get("facility")),
        show_renovation_disruptions=entry["show_renovation_disruptions"],
        active_from=entry.get("active_from"),
        active_until=entry.get("active_until"),
    )
    validate(screen)
    screen.save()
    screen.news_topics.set(Topic.objects.filter(locale=ctx.locale, slug__in=entry["topics"]))
    return screen, True


def _slide(ctx, entry, index: int, screens: dict[str, Screen]) -> bool:
    if ManualSlide.objects.filter(locale=ctx.locale, title=entry["title"]).exists():
        return False
    image = None
    if ctx.images is not None:
        image = ctx.images.slide_picture(entry["title"], key=f"skaerm-{index}")
    slide = ManualSlide(
        locale=ctx.locale,
        title=entry["title"],
        text=entry["text"],
        # ``page``: one of our pages by its path below the home page, as its address.
        url=absolute_url(f"/{entry['page'].strip('/')}/")
        if "page" in entry
        else entry.get("url", ""),
        start=ctx.at(entry.get("start_offset_days", 0)),
        end=ctx.at(entry["end_offset_days"]) if entry.get("end_offset_days") else None,
        image=image,
        image_alt=image.description if image else "",
        sort_order=index,
    )
    validate(slide)
    slide.save()
    # Without ``screens`` a slide shows on every screen.
    slide.screens.set([screens[key] for key in entry.get("screens", [])])
    return True


@register("screens", after=["topics", "facilities"])
def seed_screens(ctx) -> None:
    data = ctx.data("screens")
    created = existing = 0
    screens = {}
    for entry in data.entries("screens"):
        with building(entry, complete=False):
            screens[entry["key"]], new = _screen(ctx, entry)
        created, existing = created + new, existing + (not new)

    for index, entry in enumerate(data.entries("slides")):
        with building(entry, complete=False):
            new = _slide(ctx, entry, index, screens)
        created, existing = created + new, existing + (not new)

    entry = data.table("alert")
    with building(entry):
        message = entry["message"]
        severity = entry.get("severity", Alert.Severity.WARNING)
        if Alert.objects.filter(locale=ctx.locale, message=message).exists():
            existing += 1
        else:
            # Switched off: editors see how an alert looks without alarming anyone.
            alert = Alert(locale=ctx.locale, message=message, severity=severity, enabled=False)
            validate(alert)
            alert.save()
            created += 1
    ctx.report(_("Screens, slides and alerts"), created, existing)
