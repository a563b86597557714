"""Demo screens for ``seed_demo``: the town hall foyer and the library, slides and an alert.

Registered as the ``screens`` step of ``core.seeding`` (see ``ScreensConfig.ready``).
Idempotent: screens are found by key, slides by title, the alert by its message.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.demo import data
from core.models import Topic
from facilities.models import FacilityPage

from .models import Alert, ManualSlide, Screen

SCREENS = [
    {
        "key": "raadhus-foyer",
        "name": "Rådhusets foyer",
        "location": "Vallensbæk Rådhus, foyeren ved Borgerservice",
        "orientation": Screen.Orientation.LANDSCAPE,
        "default_slide_seconds": 12,
        "topics": ["borgerservice", "trafik", "byggeri-og-renovering", "politik-og-demokrati"],
        "show_association_news": False,
        "activity_days": 7,
        "facility": None,
        "show_renovation_disruptions": True,
    },
    {
        "key": "bibliotek-indgang",
        "name": "Biblioteket, indgangen",
        "location": "Vallensbæk Bibliotek, ved udlånsautomaterne",
        "orientation": Screen.Orientation.PORTRAIT,
        "default_slide_seconds": 10,
        "topics": ["kultur", "bibliotek", "foreningsliv"],
        "show_association_news": True,
        "activity_days": 14,
        "facility": "vallensbaek-bibliotek",
        "show_renovation_disruptions": False,
    },
]

#: Which demo slides go on which screen (by index into SCREENS_MANUAL_SLIDES); the rest show
#: on every screen.
SLIDE_SCREENS = {0: ["raadhus-foyer"], 2: ["bibliotek-indgang"], 4: ["bibliotek-indgang"]}


def seed_screens(ctx) -> None:
    created = existing = 0
    screens = {}
    for spec in SCREENS:
        screen = Screen.objects.filter(key=spec["key"]).first()
        if screen is None:
            facility = (
                FacilityPage.objects.filter(slug=spec["facility"]).first()
                if spec["facility"]
                else None
            )
            screen = Screen.objects.create(
                key=spec["key"],
                name=spec["name"],
                location=spec["location"],
                orientation=spec["orientation"],
                default_slide_seconds=spec["default_slide_seconds"],
                locale=ctx.locale,
                show_association_news=spec["show_association_news"],
                activity_days=spec["activity_days"],
                activity_facility=facility,
                show_renovation_disruptions=spec["show_renovation_disruptions"],
                active_from="07:00",
                active_until="22:00",
            )
            screen.news_topics.set(
                Topic.objects.filter(locale=ctx.locale, slug__in=spec["topics"])
            )
            created += 1
        else:
            existing += 1
        screens[spec["key"]] = screen

    for index, spec in enumerate(data.SCREENS_MANUAL_SLIDES):
        if ManualSlide.objects.filter(locale=ctx.locale, title=spec["title"]).exists():
            existing += 1
            continue
        image = None
        if ctx.images is not None:
            image = ctx.images.picture(
                {"label": spec["title"], "alt": spec.get("alt") or spec["title"]},
                key=f"skaerm-{index}",
            )
        slide = ManualSlide.objects.create(
            locale=ctx.locale,
            title=spec["title"],
            text=spec["text"],
            url=spec.get("url", ""),
            start=ctx.at(spec.get("start_offset_days", 0)),
            end=ctx.at(spec["end_offset_days"]) if spec.get("end_offset_days") else None,
            image=image,
            image_alt=(spec.get("alt") or spec["title"]) if image else "",
            sort_order=index,
        )
        slide.screens.set([screens[key] for key in SLIDE_SCREENS.get(index, [])])
        created += 1

    if Alert.objects.filter(locale=ctx.locale, message=data.ALERT["message"]).exists():
        existing += 1
    else:
        # Switched off: editors see how an alert looks without alarming anyone.
        Alert.objects.create(
            locale=ctx.locale,
            message=data.ALERT["message"],
            severity=data.ALERT.get("severity", Alert.Severity.WARNING),
            enabled=False,
        )
        created += 1
    ctx.report(_("Screens, slides and alerts"), created, existing)


def register_seeder() -> None:
    """Add the screens step to ``seed_demo`` (after the content the screens show)."""
    try:
        from core.seeding import SEEDERS, register
    except ImportError:  # the seed package is optional outside development
        return
    names = [name for name, _seeder in SEEDERS]
    after = next((n for n in ("standard_pages", "guides", "renovations") if n in names), None)
    register("screens", seed_screens, after=after)
