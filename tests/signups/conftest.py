import contextlib
import datetime as dt
from unittest import mock

import pytest
from django.core.management import call_command
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


def run_mail_worker():
    """The real ``db_worker`` on the sign-up queue, until no task is due."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command(
            "db_worker",
            "--batch",
            "--backend=subscriptions",
            "--queue-name=signups",
            "--interval=0",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """``with sent():`` runs the block, its commit callbacks (queueing), then the worker."""

    @contextlib.contextmanager
    def block():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        run_mail_worker()

    return block


@pytest.fixture
def client(client, sent):
    """The test client; after each request's commit the mail worker sends what it queued."""

    class Committing:
        def __getattr__(self, name):
            method = getattr(client, name)

            def call(*args, **kwargs):
                with sent():
                    return method(*args, **kwargs)

            return call

    return Committing()
