"""The reminder the day before (once), and deleting participants after the activity."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from signups import services
from signups.models import Registration, SignupOption
from tests.signups.conftest import in_days

pytestmark = pytest.mark.django_db


def test_reminder_goes_the_day_before_and_only_once(falltest, smtp_server):
    falltest.start, falltest.end = in_days(1, 10), in_days(1, 12)
    falltest.save()
    option = SignupOption.objects.create(activity=falltest, capacity=1)
    services.sign_up(option, services.Applicant(name="Karen", email="karen@example.com"))
    services.sign_up(option, services.Applicant(name="Ole", email="ole@example.com"))  # waiting
    out = io.StringIO()
    call_command("send_signup_reminders", stdout=out)
    assert "1 sign-up reminder(s) sent." in out.getvalue()
    (message,) = smtp_server.received
    assert message.envelope_to == ["karen@example.com"]
    assert message.subject == "Påmindelse: Faldtest for seniorer i morgen"
    assert "/tilmelding/afmeld/" in message.body
    call_command("send_signup_reminders", stdout=io.StringIO())
    assert len(smtp_server.received) == 1


def test_no_reminder_a_week_ahead(option, smtp_server):
    call_command("send_signup_reminders", stdout=io.StringIO())
    assert smtp_server.received == []


def test_participants_are_deleted_a_set_time_after_the_activity(falltest, settings):
    settings.SIGNUP_RETENTION_DAYS = 30
    option = SignupOption.objects.create(activity=falltest, capacity=5)
    services.sign_up(option, services.Applicant(name="Karen", email="karen@example.com"))
    call_command("purge_personal_data", stdout=io.StringIO())
    assert Registration.objects.count() == 1  # the activity has not even taken place

    falltest.start = timezone.now() - dt.timedelta(days=31, hours=3)
    falltest.end = falltest.start + dt.timedelta(hours=2)
    falltest.save()
    call_command("purge_personal_data", stdout=io.StringIO())
    assert Registration.objects.count() == 0
    assert SignupOption.objects.filter(pk=option.pk).exists()  # the settings stay
