"""Sign-up emails go through the mail worker's queue (django-tasks' database backend), not the
request; the real ``db_worker`` sends them, and a lost email never loses the sign-up."""

from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from signups import tasks
from signups.models import Registration
from tests.signups.conftest import form_data, run_mail_worker

pytestmark = pytest.mark.django_db


def queued():
    return DBTaskResult.objects.filter(queue_name="signups", status="READY")


def post(client, option, **kwargs):
    return client.post(reverse("signups:signup", args=[option.pk]), form_data(option, **kwargs))


def test_the_request_only_queues_and_the_worker_sends(
    django_capture_on_commit_callbacks, client, option, smtp_server
):
    from django.test import Client

    plain = Client()  # no worker after the request: what a visitor's request does alone
    with django_capture_on_commit_callbacks(execute=True):
        response = post(plain, option, email="karen@example.com")
    assert response.status_code == 302
    assert smtp_server.received == []
    (task,) = queued()
    assert task.task_path == "signups.tasks.send_signup_email"
    assert "karen" not in str(task.args_kwargs)  # the queue holds no personal data
    assert Registration.objects.get().email == "karen@example.com"

    run_mail_worker()

    (message,) = smtp_server.messages_to("karen@example.com")
    assert message.subject.strip() == "Du er tilmeldt: Faldtest for seniorer"
    assert "/tilmelding/afmeld/" in message.body
    assert not queued()
    assert DBTaskResult.objects.get(pk=task.pk).status == "SUCCESSFUL"


def test_a_mail_server_that_is_down_keeps_the_sign_up_and_tries_again_later(
    client, option, failing_smtp_server
):
    response = post(client, option, email="karen@example.com")  # the worker runs, sending fails
    assert response.status_code == 302
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    (retry,) = queued()
    assert retry.args_kwargs["args"][-1] == 2  # the second attempt
    assert retry.run_after > timezone.now() + tasks.RETRY_AFTER / 2


def test_a_queue_that_cannot_be_written_loses_no_sign_up(client, option, smtp_server):
    with mock.patch("signups.tasks.send_signup_email") as task:
        task.enqueue.side_effect = RuntimeError("database gone")
        response = post(client, option, email="karen@example.com")
    assert response.status_code == 302
    assert Registration.objects.get().email == "karen@example.com"
    assert smtp_server.received == []


def test_a_cancelled_sign_up_gets_no_late_confirmation(
    django_capture_on_commit_callbacks, option, smtp_server
):
    from signups import services

    with django_capture_on_commit_callbacks(execute=True):
        registration = services.sign_up(
            option, services.Applicant(name="Karen", email="karen@example.com")
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_by_staff(registration)
    run_mail_worker()
    assert [m.subject.strip() for m in smtp_server.messages_to("karen@example.com")] == [
        "Din tilmelding er afmeldt: Faldtest for seniorer"
    ]
