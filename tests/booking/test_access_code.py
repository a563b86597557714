"""The door code: staff fill it in when approving; the association sees it, nobody else."""

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from booking import services
from booking.availability import week_start
from booking.models import Booking, Status
from tests.associations.world import PASSWORD

pytestmark = pytest.mark.django_db
CODE = "4711#B"


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def requested(hall, world):
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    return services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            # Next week's Tuesday: inside the facility page's two weeks on any weekday (the
            # Tuesday at least a week ahead fell outside them from Wednesday on).
            first_date=week_start(timezone.localdate()) + dt.timedelta(days=8),
            start_time=dt.time(18),
            end_time=dt.time(20),
        ),
        world.member_a,
    )


def test_the_code_is_in_the_approval_email_and_the_members_list_only(
    client, hall, world, requested, smtp_server, django_capture_on_commit_callbacks
):
    login(client, hall.staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("booking_decide", args=[requested.pk]),
            {"decision": "approve", "access_code": CODE},
        )
    requested.refresh_from_db()
    assert (requested.status, requested.access_code) == (Status.APPROVED, CODE)
    (message,) = smtp_server.messages_to("anna@example.com")
    assert f"Dørkode: {CODE}" in message.body
    client.logout()

    login(client, world.member_a)
    assert f"Dørkode: <strong>{CODE}</strong>" in client.get(reverse("booking_index")).text
    client.logout()
    login(client, world.member_b)  # another association's member
    assert CODE not in client.get(reverse("booking_index")).text
    client.logout()

    # Public output: the facility page, both iCal feeds and the API name the association only.
    day = requested.first_date
    public = {
        "page": client.get(hall.facility.url).text,
        "room ics": client.get(f"/booking/lokaler/{hall.gym.pk}.ics").content.decode(),
        "association ics": client.get(
            f"/booking/foreninger/{world.association_a.pk}.ics"
        ).content.decode(),
        "api": json.dumps(
            client.get(
                f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
                {"from": week_start(day).isoformat(), "days": "7"},
            ).json(),
            ensure_ascii=False,
        ),
    }
    assert "Vallensbæk Petanqueklub" in public["page"]
    assert "Petanqueklub" in public["room ics"] and "Petanqueklub" in public["api"]
    for name, text in public.items():
        assert "4711" not in text, name


def test_a_bad_door_code_is_refused_in_danish_and_nothing_is_approved(client, hall, requested):
    login(client, hall.staff)
    response = client.post(
        reverse("booking_decide", args=[requested.pk]),
        {"decision": "approve", "access_code": "47\x1b11"},
        follow=True,
    )
    assert "Dørkoden kan kun indeholde almindelige tegn." in response.text
    response = client.post(
        reverse("booking_decide", args=[requested.pk]),
        {"decision": "approve", "access_code": "1" * 41},
        follow=True,
    )
    assert "højst" in response.text and "40 tegn" in response.text
    requested.refresh_from_db()
    assert (requested.status, requested.access_code) == (Status.REQUESTED, "")
