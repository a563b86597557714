import datetime as dt

import pytest
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from home.factories import home_for_default_site
from signups.models import SignupOption, SignupQuestion


def in_days(days: int, hour: int = 10) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days)
    return local_datetime(day.year, day.month, day.day, hour)


@pytest.fixture
def calendar(db):
    return ActivityIndexPageFactory(parent=home_for_default_site())


@pytest.fixture
def falltest(calendar):
    """ "Faldtest for seniorer" in ten days, at 10-12."""
    return ActivityPageFactory(
        parent=calendar,
        title="Faldtest for seniorer",
        start=in_days(10),
        end=in_days(10, 12),
        address="Vallensbæk Sundhedshus, Vallensbæk Stationstorv 100",
        department="Sundhed og Omsorg",
    )


@pytest.fixture
def option(falltest):
    """Two places, a waiting list, and the question "Antal personer"."""
    option = SignupOption.objects.create(activity=falltest, capacity=2, waiting_list=True)
    SignupQuestion.objects.create(
        option=option, label="Antal personer", kind=SignupQuestion.Kind.SEATS, required=True
    )
    SignupQuestion.objects.create(option=option, label="Bemærkninger", kind="text")
    return option


def form_data(option, name="Karen Jensen", email="karen@example.com", phone="", seats=1, **extra):
    data = {"name": name, "email": email, "phone": phone, "homepage": ""}
    for question in option.questions.all():
        if question.kind == SignupQuestion.Kind.SEATS:
            data[f"q{question.pk}"] = str(seats)
        else:
            data[f"q{question.pk}"] = extra.get("remark", "")
    return data


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """The test client, with the emails sent after each request's commit."""

    class Committing:
        def __getattr__(self, name):
            method = getattr(client, name)

            def call(*args, **kwargs):
                with django_capture_on_commit_callbacks(execute=True):
                    return method(*args, **kwargs)

            return call

    return Committing()
