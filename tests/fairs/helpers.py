"""Fair pages and stand applications for tests (imported by other test areas too)."""

import datetime as dt

from django.utils import timezone

from fairs.choices import Kind, Status
from fairs.models import FairPage, StandApplication


def make_fair(home, **overrides) -> FairPage:
    now = timezone.now()
    values = {
        "title": "Foreningsdag 2027",
        "slug": "foreningsdag",
        "starts_at": now + dt.timedelta(days=14),
        "ends_at": now + dt.timedelta(days=14, hours=5),
        "location": "Vallensbæk Idrætscenter",
        "applications_close_at": now + dt.timedelta(days=7),
        "intro": "Søg om en stand til årets foreningsdag.",
        **overrides,
    }
    fair = home.add_child(instance=FairPage(**values))
    fair.save_revision().publish()
    fair.refresh_from_db()
    return fair


def application(fair, **overrides) -> StandApplication:
    values = {
        "fair": fair,
        "kind": Kind.OTHER,
        "organisation_name": "Vallensbæk Spejderne",
        "description": "Snobrød og knob for hele familien.",
        "contact_name": "Lone Mikkelsen",
        "contact_email": "lone.mikkelsen@example.com",
        "contact_phone": "22 33 44 55",
        **overrides,
    }
    return StandApplication.objects.create(**values)


def accepted(fair, stand, **overrides) -> StandApplication:
    return application(fair, status=Status.ACCEPTED, stand_number=stand, **overrides)
