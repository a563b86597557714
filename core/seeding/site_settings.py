"""Demo seeder for the municipality's details (``core.MunicipalitySettings``).

Self-contained: its data is the one dict below, and it is registered with
``core.seeding.register`` from ``CoreConfig.ready()`` like the other apps' steps, so it can
move to the demo app as it is. Idempotent: settings that already have a name (filled in by
an editor, or by an earlier run) are left alone.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from wagtail.models import Site

MUNICIPALITY = {
    "name": "Vallensbæk Kommune",
    "phone": "43 97 97 00",
    "email": "vallensbaek@vallensbaek.dk",
    "street_address": "Vallensbæk Stationstorv 100",
    "postcode": "2665",
    "city": "Vallensbæk Strand",
    # The demo publishes its own statement page (/tilgaengelighedserklaering/); a real
    # installation would give its address on was.digst.dk here.
    "accessibility_statement_url": "",
    # Borgerservice at the town hall: (first weekday, last weekday, opens, closes), 0 = Monday.
    "opening_hours": [
        (0, 2, "10:00", "14:00"),
        (3, 3, "10:00", "17:00"),
        (4, 4, "10:00", "13:00"),
    ],
    "social_links": [
        ("facebook", "https://www.facebook.com/vallensbaekkommune"),
        ("linkedin", "https://www.linkedin.com/company/vallensbaek-kommune"),
    ],
}


def _time(text: str) -> dt.time:
    hour, minute = (int(part) for part in text.split(":"))
    return dt.time(hour, minute)


def seed_site_settings(ctx) -> None:
    """Fill in the default site's municipality details, validated like the admin form."""
    from core.models import MunicipalitySettings, OpeningHours, SocialLink

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        ctx.report(_("Municipality details"), 0, 0)
        return
    settings = MunicipalitySettings.for_site(site)
    if settings.name:
        ctx.report(_("Municipality details"), 0, 1)
        return
    data = {key: value for key, value in MUNICIPALITY.items() if not isinstance(value, list)}
    for field, value in data.items():
        setattr(settings, field, value)
    settings.opening_hours = [
        OpeningHours(first_day=first, last_day=last, opens=_time(opens), closes=_time(closes))
        for first, last, opens, closes in MUNICIPALITY["opening_hours"]
    ]
    settings.social_links = [
        SocialLink(platform=platform, url=url) for platform, url in MUNICIPALITY["social_links"]
    ]
    settings.full_clean()
    for child in [*settings.opening_hours.all(), *settings.social_links.all()]:
        child.full_clean(exclude=["municipality"])
    settings.save()
    ctx.report(_("Municipality details"), 1, 0)


def register_seeder() -> None:
    """Add the step to ``seed_demo``, right after the home page and its site exist."""
    from core.seeding import register

    register("site_settings", seed_site_settings, after="home")
