"""Stand applicants' contact details are emptied a set time after the fair."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from fairs.models import StandApplication

from .helpers import accepted, application, make_fair

pytestmark = pytest.mark.django_db


def _purge() -> str:
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


def test_contact_details_are_emptied_a_set_time_after_the_fair(world, settings):
    settings.STAND_CONTACT_RETENTION_DAYS = 90
    now = timezone.now()
    past = make_fair(
        world.home,
        title="Foreningsdag 2025",
        slug="foreningsdag-2025",
        starts_at=now - dt.timedelta(days=92),
        ends_at=now - dt.timedelta(days=91, hours=18),
        applications_close_at=now - dt.timedelta(days=120),
        exhibitors_published=True,
    )
    recent = make_fair(
        world.home,
        title="Foreningsdag 2026",
        slug="foreningsdag-2026",
        starts_at=now - dt.timedelta(days=10),
        ends_at=now - dt.timedelta(days=10) + dt.timedelta(hours=5),
        applications_close_at=now - dt.timedelta(days=40),
    )
    old = accepted(past, "A1", staff_note="Lone ringer om strøm")
    declined = application(past, organisation_name="Skakklubben", contact_email="bo@example.com")
    kept = accepted(recent, "A1", contact_email="karen@example.com")

    _purge()

    for row in (old, declined):
        row.refresh_from_db()
        assert (row.contact_name, row.contact_email, row.contact_phone, row.staff_note) == (
            "",
            "",
            "",
            "",
        )
    old.refresh_from_db()
    assert (old.stand_number, old.organisation_name) == ("A1", "Vallensbæk Spejderne")
    assert [e.name for e in past.exhibitors()] == ["Vallensbæk Spejderne"]  # the record stays
    kept.refresh_from_db()
    assert (kept.contact_name, kept.contact_email) == ("Lone Mikkelsen", "karen@example.com")
    assert StandApplication.objects.count() == 3

    settings.STAND_CONTACT_RETENTION_DAYS = 5  # a shorter period reaches the recent fair too
    _purge()
    kept.refresh_from_db()
    assert kept.contact_email == ""


def test_a_coming_fair_keeps_its_applicants(world, fair, settings):
    settings.STAND_CONTACT_RETENTION_DAYS = 1
    row = application(fair)
    _purge()
    row.refresh_from_db()
    assert row.contact_email == "lone.mikkelsen@example.com"


def test_after_the_purge_email_all_exhibitors_reaches_nobody_and_fails_nothing(
    client, world, settings, smtp_server
):
    settings.STAND_CONTACT_RETENTION_DAYS = 1
    now = timezone.now()
    past = make_fair(
        world.home,
        slug="foreningsdag-2025",
        starts_at=now - dt.timedelta(days=3),
        ends_at=now - dt.timedelta(days=3, hours=-5),
        applications_close_at=now - dt.timedelta(days=30),
    )
    accepted(past, "A1")
    _purge()
    from fairs.notify import send_to_exhibitors

    assert send_to_exhibitors(past, "Tak for i år", "Tak", ["accepted"]) == 0
    assert smtp_server.received == []
