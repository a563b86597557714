"""The booking screens in the admin: members request, the booking team decides (with emails)."""

import datetime as dt

import icalendar
import pytest
from django.urls import reverse

from booking import services
from booking.models import Booking, Status
from tests.associations.world import PASSWORD
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db

TUESDAY = 1


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def request_data(world, **overrides):
    data = {
        "association": world.association_a.pk,
        "purpose": "Petanque indendørs om vinteren",
        "repeat": "weekly",
        "first_date": next_weekday(TUESDAY).isoformat(),
        "last_date": (next_weekday(TUESDAY) + dt.timedelta(weeks=3)).isoformat(),
        "start_time": "19:00",
        "end_time": "21:00",
        "excluded": "",
    }
    data.update(overrides)
    return data


def test_a_member_sees_free_hours_and_requests_a_weekly_series(client, hall, world):
    login(client, world.member_a)
    index = client.get(reverse("booking_index"))
    assert index.status_code == 200
    assert "Gymnastiksalen" in index.text
    page = client.get(reverse("booking_room", args=[hall.gym.pk]))
    assert page.status_code == 200
    assert "Ledig 16:00–22:00" in page.text
    response = client.post(reverse("booking_room", args=[hall.gym.pk]), request_data(world))
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.slots.count() == 4 and booking.requested_by == world.member_a
    mine = client.get(reverse("booking_index"))
    assert "Anmodet" in mine.text and "Hver uge" in mine.text


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"start_time": "12:00", "end_time": "14:00"}, "kun bookes 16:00–22:00"),
        ({"first_date": dt.date.today().isoformat(), "repeat": "once"}, "mindst 7 dage"),
        ({"repeat": "weekly", "last_date": ""}, "slutdato"),
        ({"excluded": "næste tirsdag"}, "ÅÅÅÅ-MM-DD"),
    ],
)
def test_bad_requests_show_a_danish_error_and_save_nothing(
    client, hall, world, overrides, expected
):
    login(client, world.member_a)
    response = client.post(
        reverse("booking_room", args=[hall.gym.pk]), request_data(world, **overrides)
    )
    assert response.status_code == 400
    assert expected in response.text
    assert not Booking.objects.exists()


def test_a_member_cannot_book_for_another_association(client, hall, world):
    login(client, world.member_a)
    response = client.post(
        reverse("booking_room", args=[hall.gym.pk]),
        request_data(world, association=world.association_b.pk),
    )
    assert response.status_code == 400
    assert "Du kan kun booke for din egen forening" in response.text
    assert not Booking.objects.exists()
    # The choice only offers their own association.
    page = client.get(reverse("booking_room", args=[hall.gym.pk]))
    assert "Vallensbæk Petanqueklub" in page.text and "Strandens Roklub" not in page.text


def test_an_overlap_names_the_association_that_has_the_time(client, hall, world):
    day = next_weekday(TUESDAY)
    services.approve(
        services.request_booking(
            Booking(
                room=hall.gym,
                association=world.association_b,
                first_date=day,
                start_time=dt.time(18),
                end_time=dt.time(20),
            ),
            world.member_b,
        ),
        hall.staff,
    )
    login(client, world.member_a)
    response = client.post(
        reverse("booking_room", args=[hall.gym.pk]),
        request_data(world, repeat="once", first_date=day.isoformat(), last_date=""),
    )
    assert response.status_code == 400
    assert "Strandens Roklub har" in response.text and "18:00–20:00" in response.text


def test_only_the_booking_team_sees_requests(client, hall, world):
    login(client, world.member_a)
    refused = client.get(reverse("booking_requests"))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=next_weekday(TUESDAY),
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    response = client.post(reverse("booking_decide", args=[booking.pk]), {"decision": "approve"})
    assert response.status_code == 302
    assert Booking.objects.get().status == Status.REQUESTED
    client.logout()
    login(client, world.moderator)  # communications staff are not the booking team
    assert client.get(reverse("booking_requests")).status_code == 302


def test_staff_see_conflicts_and_approve_with_an_email_and_ics(
    client, hall, world, smtp_server, django_capture_on_commit_callbacks
):
    day = next_weekday(TUESDAY)
    first = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    second = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_b,
            first_date=day,
            start_time=dt.time(20),
            end_time=dt.time(22),
        ),
        world.member_b,
    )
    login(client, hall.staff)
    grid = client.get(reverse("booking_requests"), {"room": hall.gym.pk, "from": day.isoformat()})
    assert grid.status_code == 200
    assert "Vallensbæk Petanqueklub" in grid.text and "Strandens Roklub" in grid.text

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("booking_decide", args=[first.pk]), {"decision": "approve"})
    first.refresh_from_db()
    assert first.status == Status.APPROVED and first.decided_by == hall.staff
    (message,) = smtp_server.messages_to("anna@example.com")
    assert message.subject == "Jeres booking af Gymnastiksalen er godkendt"
    assert "nøgleboksen" in message.body
    (ics,) = [
        p for p in message.message.iter_attachments() if p.get_content_type() == "text/calendar"
    ]
    (event,) = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert event.decoded("dtstart").hour == 19
    assert "Pilegårdsskolen" in str(event["location"])

    # The second now conflicts with the approved one: shown, and approving it fails clearly.
    grid = client.get(reverse("booking_requests"), {"room": hall.gym.pk, "from": day.isoformat()})
    assert "⚠ Vallensbæk Petanqueklub" in grid.text
    response = client.post(
        reverse("booking_decide", args=[second.pk]), {"decision": "approve"}, follow=True
    )
    assert "Lokalet er allerede booket" in response.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("booking_decide", args=[second.pk]),
            {"decision": "decline", "reason": "Tiden er givet til en anden forening."},
        )
    second.refresh_from_db()
    assert second.status == Status.DECLINED
    (declined,) = smtp_server.messages_to("bent@example.com")
    assert "afvist" in declined.subject and "Tiden er givet" in declined.body


def test_staff_cancel_a_closed_halls_dates_and_those_affected_are_told(
    client, hall, world, smtp_server, django_capture_on_commit_callbacks
):
    day = next_weekday(TUESDAY)
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            repeat="weekly",
            last_date=day + dt.timedelta(weeks=2),
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    services.approve(booking, hall.staff)
    smtp_server.received.clear()
    login(client, hall.staff)
    url = reverse("booking_cancel_dates", args=[hall.gym.pk])
    assert client.post(url, {"first_day": day, "last_day": day, "message": ""}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "first_day": day,
                "last_day": day + dt.timedelta(days=7),
                "message": "Gymnastiksalen er lukket på grund af vandskade.",
            },
        )
    assert response.status_code == 302
    assert list(booking.slots.values_list("status", flat=True)) == [
        Status.CANCELLED,
        Status.CANCELLED,
        Status.APPROVED,
    ]
    (message,) = smtp_server.messages_to("anna@example.com")
    assert message.subject == "Aflyst: Gymnastiksalen"
    assert "vandskade" in message.body
    (ics,) = [
        p for p in message.message.iter_attachments() if p.get_content_type() == "text/calendar"
    ]
    assert len(icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")) == 2


def test_the_grid_shows_a_request_whose_member_has_left(client, hall, world):
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=next_weekday(TUESDAY),
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    Booking.objects.filter(pk=booking.pk).update(requested_by=None)
    login(client, hall.staff)
    response = client.get(
        reverse("booking_requests"),
        {"room": hall.gym.pk, "from": next_weekday(TUESDAY).isoformat()},
    )
    assert response.status_code == 200
    assert "Vallensbæk Petanqueklub" in response.text


@pytest.mark.usefixtures("rate_clock")  # the four posts within one minute's window
def test_a_flood_of_requests_from_one_account_is_refused(client, hall, world, settings):
    settings.BOOKING_RATE_LIMIT = "3/m"
    login(client, world.member_a)
    url = reverse("booking_room", args=[hall.gym.pk])
    day = next_weekday(TUESDAY)
    for hour in (16, 17, 18):
        data = request_data(
            world,
            repeat="once",
            last_date="",
            first_date=day.isoformat(),
            start_time=f"{hour}:00",
            end_time=f"{hour}:45",
        )
        assert client.post(url, data).status_code == 302
    data = request_data(
        world,
        repeat="once",
        last_date="",
        first_date=day.isoformat(),
        start_time="20:00",
        end_time="21:00",
    )
    response = client.post(url, data)
    assert response.status_code == 429
    assert "For mange bookinganmodninger" in response.text
    assert Booking.objects.count() == 3
    # Another member is not affected.
    client.logout()
    login(client, world.member_b)
    data["association"] = world.association_b.pk
    assert client.post(url, data).status_code == 302


def test_bulk_approve_approves_what_fits_and_names_the_conflicts(client, hall, world):
    day = next_weekday(TUESDAY)

    def ask(association, member, start, end):
        return services.request_booking(
            Booking(
                room=hall.gym,
                association=association,
                first_date=day,
                start_time=dt.time(start),
                end_time=dt.time(end),
            ),
            member,
        )

    early = ask(world.association_a, world.member_a, 16, 18)
    late = ask(world.association_a, world.member_a, 18, 20)
    clash = ask(world.association_b, world.member_b, 19, 21)
    login(client, hall.staff)
    response = client.post(
        reverse("booking_bulk_approve"),
        {"booking": [early.pk, late.pk, clash.pk], "room": hall.gym.pk},
        follow=True,
    )
    statuses = dict(Booking.objects.values_list("pk", "status"))
    assert statuses == {
        early.pk: Status.APPROVED,
        late.pk: Status.APPROVED,
        clash.pk: Status.REQUESTED,
    }
    assert "2 bookinger godkendt" in response.text
    assert "Strandens Roklub: Lokalet er allerede booket" in response.text
    # Members cannot bulk approve.
    client.logout()
    login(client, world.member_b)
    client.post(reverse("booking_bulk_approve"), {"booking": [clash.pk]})
    assert Booking.objects.get(pk=clash.pk).status == Status.REQUESTED


def test_staff_export_the_season_as_csv(client, hall, world):
    import csv
    import io

    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=next_weekday(TUESDAY),
            start_time=dt.time(19),
            end_time=dt.time(21),
            purpose='=HYPERLINK("x")',
        ),
        world.member_a,
    )
    services.approve(booking, hall.staff, send_email=False)
    login(client, world.member_a)
    assert client.get(reverse("booking_export")).status_code == 302  # members: no
    client.logout()
    login(client, hall.staff)
    response = client.get(reverse("booking_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, row = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[:3] == ["Facilitet", "Lokale", "Forening"]
    assert row[:3] == ["Pilegårdsskolen", "Gymnastiksalen", "Vallensbæk Petanqueklub"]
    assert row[4:7] == ["19:00", "21:00", "Godkendt"]
    assert row[7].startswith("'=")  # never a live formula in the spreadsheet
    assert world.member_a.email not in response.content.decode("utf-8-sig")


def test_the_booking_team_edits_rooms_hours_and_closures(client, hall, world):
    login(client, hall.staff)
    edit = reverse("wagtailsnippets_booking_bookableroom:edit", args=[hall.gym.pk])
    response = client.get(edit)
    assert response.status_code == 200
    assert "Tider til booking" in response.text and "Lukninger og ferier" in response.text
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Bookinganmodninger" in dashboard.text
    client.logout()
    login(client, world.member_a)
    assert client.get(edit).status_code == 302  # members cannot change the rules
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Book et lokale" in dashboard.text and "Bookinganmodninger" not in dashboard.text


def test_the_grid_writes_danish_day_and_month_abbreviations(client, hall, world):
    from django.utils import formats, translation

    day = next_weekday(TUESDAY)
    login(client, hall.staff)
    response = client.get(
        reverse("booking_requests"), {"room": hall.gym.pk, "from": day.isoformat()}
    )
    with translation.override("da"):
        danish = formats.date_format(day, "D j. N")  # e.g. "tir 8. dec."
        english_style = formats.date_format(day, "D j. M")  # Django's M capitalises: "8. Dec"
    assert danish in response.text
    assert english_style not in response.text


def test_the_grid_lists_a_days_times_in_time_order_and_marks_the_conflict(client, hall, world):
    """Free times, approved and requested slots of one day read from early to late, whatever
    order they were booked in; the request that overlaps the approved slot is marked."""
    import re

    day = next_weekday(TUESDAY)

    def ask(association, member, start, end):
        return services.request_booking(
            Booking(
                room=hall.gym,
                association=association,
                first_date=day,
                start_time=dt.time(*start),
                end_time=dt.time(*end),
            ),
            member,
        )

    ask(world.association_b, world.member_b, (20,), (22,))  # conflicts with A's approved
    services.approve(ask(world.association_a, world.member_a, (19,), (21,)), hall.staff)
    ask(world.association_b, world.member_b, (16, 30), (17, 30))  # fits a free time
    login(client, hall.staff)
    grid = client.get(reverse("booking_requests"), {"room": hall.gym.pk, "from": day.isoformat()})
    cells = re.findall(r'<td style="vertical-align:top">(.*?)</td>', grid.text, re.S)
    (cell,) = [c for c in cells if "19:00–21:00" in c]
    lines = [
        " ".join(re.sub(r"<[^>]+>", " ", line).split())
        for line in re.findall(r'<div class="booking-[^"]*"[^>]*>.*?</div>', cell, re.S)
    ]
    assert lines == [
        "Ledig 16:00–19:00",
        "Anmodet 16:30–17:30 Strandens Roklub",
        "19:00–21:00 Vallensbæk Petanqueklub",
        "⚠ Konflikt: Anmodet 20:00–22:00 Strandens Roklub",
        "Ledig 21:00–22:00",
    ]
