"""Season rounds: requests in the window wait, the booking team allocates side by side and
publishes; nothing of the round is public before that."""

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from booking import services
from booking.models import Booking, Season, Status
from tests.associations.world import PASSWORD
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db

TUESDAY, THURSDAY = 1, 3


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def season():
    """A season starting in a week whose request window is open now."""
    now = timezone.now()
    first = timezone.localdate() + dt.timedelta(days=14)
    return Season.objects.create(
        name="Sæson 2027/28",
        first_day=first,
        last_day=first + dt.timedelta(days=300),
        window_opens=now - dt.timedelta(days=1),
        window_closes=now + dt.timedelta(days=1),
    )


def ask(room, association, member, weekday, start, end, weeks=3):
    day = next_weekday(weekday)
    return services.request_booking(
        Booking(
            room=room,
            association=association,
            repeat=Booking.Repeat.WEEKLY,
            first_date=day,
            last_date=day + dt.timedelta(weeks=weeks),
            start_time=dt.time(start),
            end_time=dt.time(end),
        ),
        member,
    )


def availability(client, hall, day):
    response = client.get(
        f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
        {"from": day.isoformat(), "days": "7"},
    )
    assert response.status_code == 200
    return json.dumps(response.json(), ensure_ascii=False)


def test_the_booking_team_defines_a_season_and_bad_dates_get_danish_errors(client, hall):
    login(client, hall.staff)
    add = reverse("wagtailsnippets_booking_season:add")
    assert client.get(add).status_code == 200
    bad = {
        "name": "Sæson 2027/28",
        "first_day": "2027-08-16",
        "last_day": "2027-06-27",
        "window_opens": "2027-04-01 09:00",
        "window_closes": "2027-03-01 12:00",
    }
    response = client.post(add, bad)
    assert response.status_code == 200
    assert "Sæsonen skal slutte efter den begynder." in response.text
    assert "Ansøgningsvinduet skal lukke efter det åbner." in response.text
    late = dict(bad, last_day="2028-06-25", window_closes="2027-09-01 12:00")
    assert "Ansøgningsvinduet skal lukke, før sæsonen begynder." in client.post(add, late).text
    assert not Season.objects.exists()
    good = dict(bad, last_day="2028-06-25", window_closes="2027-05-01 12:00")
    assert client.post(add, good).status_code == 302
    assert Season.objects.get().name == "Sæson 2027/28"


def test_requests_in_the_window_wait_and_outside_it_first_come_first_served(hall, world, season):
    # The kitchen confirms requests at once; inside the window it waits for the allocation.
    waiting = ask(hall.kitchen, world.association_a, world.member_a, TUESDAY, 17, 19)
    assert (waiting.status, waiting.season) == (Status.REQUESTED, season)
    season.window_closes = timezone.now() - dt.timedelta(minutes=1)
    season.save()
    later = ask(hall.kitchen, world.association_b, world.member_b, THURSDAY, 17, 19)
    assert (later.status, later.season) == (Status.APPROVED, None)


def test_the_allocation_shows_conflicts_side_by_side_and_publishing_decides_all(
    client, hall, world, season, smtp_server, django_capture_on_commit_callbacks
):
    rowers = ask(hall.gym, world.association_b, world.member_b, TUESDAY, 20, 22)
    petanque = ask(hall.gym, world.association_a, world.member_a, TUESDAY, 19, 21)
    alone = ask(hall.gym, world.association_a, world.member_a, THURSDAY, 17, 19)
    day = next_weekday(TUESDAY)
    login(client, hall.staff)

    page = client.get(reverse("booking_allocation", args=[season.pk]), {"room": hall.gym.pk})
    assert page.status_code == 200
    assert page.text.count("⚠ Strandens Roklub") == 1
    assert page.text.count("⚠ Vallensbæk Petanqueklub") == 1
    assert "Godkendes ved offentliggørelsen" in page.text  # the Thursday competes with no one
    assert "Offentliggør fordelingen" in page.text
    # The week view shows only that week's requests.
    week = client.get(
        reverse("booking_allocation", args=[season.pk]),
        {"room": hall.gym.pk, "from": (day + dt.timedelta(weeks=8)).isoformat()},
    )
    assert "Ingen anmodninger i sæsonrunden" in week.text

    # Not decided one by one while the round runs.
    response = client.post(
        reverse("booking_decide", args=[petanque.pk]), {"decision": "approve"}, follow=True
    )
    assert "Anmodningen venter på sæsonens fordeling." in response.text
    # Publishing before every conflict has a winner is refused.
    publish = reverse("booking_allocation_publish", args=[season.pk])
    response = client.post(publish, {"reason": "Tiden gik til en anden."}, follow=True)
    assert "Vælg først, hvem der får tiden" in response.text
    assert not Booking.objects.filter(status=Status.APPROVED).exists()
    assert "Petanqueklub" not in availability(client, hall, day)

    response = client.post(reverse("booking_choose", args=[petanque.pk]), follow=True)
    assert "Vallensbæk Petanqueklub får tiden." in response.text
    assert "Petanqueklub" not in availability(client, hall, day)  # chosen, not published

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(publish, {"reason": "Tiden gik til en anden."}, follow=True)
    assert "Fordelingen er offentliggjort: 2 godkendt, 1 afvist." in response.text
    for booking in (rowers, petanque, alone):
        booking.refresh_from_db()
    assert (petanque.status, alone.status, rowers.status) == (
        Status.APPROVED,
        Status.APPROVED,
        Status.DECLINED,
    )
    assert rowers.reason == "Tiden gik til en anden."
    assert all(slot.status == Status.APPROVED for slot in petanque.slots.all())
    public = availability(client, hall, day)
    assert "Vallensbæk Petanqueklub" in public and "Strandens Roklub" not in public
    (declined,) = smtp_server.messages_to("bent@example.com")
    assert "afvist" in declined.subject and "Tiden gik til en anden." in declined.body
    approved = smtp_server.messages_to("anna@example.com")
    assert len(approved) == 2 and all("godkendt" in m.subject for m in approved)
    assert (
        "Fordelingen blev offentliggjort"
        in client.get(reverse("booking_allocation", args=[season.pk])).text
    )


def test_members_cannot_open_the_allocation(client, hall, world, season):
    login(client, world.member_a)
    assert client.get(reverse("booking_allocation", args=[season.pk])).status_code == 302
    response = client.post(
        reverse("booking_allocation_publish", args=[season.pk]), {"reason": "x"}
    )
    assert response.status_code == 302
    assert Season.objects.get().published_at is None


def test_copy_last_season_makes_new_requests_for_the_same_weekday_time_and_room(
    client, hall, world, season
):
    from booking.factories import BookingFactory

    ten_weeks_ago = next_weekday(TUESDAY, weeks_ahead=-10)
    Season.objects.create(
        name="Sæson 2026",
        first_day=ten_weeks_ago - dt.timedelta(days=7),
        last_day=season.first_day - dt.timedelta(days=1),
        window_opens=timezone.now() - dt.timedelta(days=120),
        window_closes=timezone.now() - dt.timedelta(days=100),
    )

    def series(association, weekday_offset=0, **extra):
        first = ten_weeks_ago + dt.timedelta(days=weekday_offset)
        return BookingFactory(
            room=hall.gym,
            association=association,
            repeat=Booking.Repeat.WEEKLY,
            first_date=first,
            last_date=first + dt.timedelta(weeks=8),
            status=extra.pop("status", Status.APPROVED),
            requested_by=world.member_a,
            purpose="Petanque indendørs",
            **extra,
        )

    series(world.association_a)  # Tuesday 19–21: copied
    series(world.association_a, 2, start_time=dt.time(17), end_time=dt.time(19))  # Thursday
    series(world.association_a, status=Status.DECLINED, start_time=dt.time(16))
    series(world.association_b)  # another association's series stays theirs
    # The rowers already have an approved Thursday in the new season: that copy cannot fit.
    services.approve(
        ask(hall.gym, world.association_b, world.member_b, THURSDAY, 18, 19, 0), hall.staff
    )
    Booking.objects.filter(season=season).update(season=None)

    login(client, hall.staff)
    copy = reverse("booking_copy_last_season", args=[season.pk])
    response = client.post(copy, {"booker": f"association-{world.association_a.pk}"}, follow=True)
    assert "1 af Vallensbæk Petanqueklubs serier fra sidste sæson" in response.text
    assert "Ikke kopieret: Gymnastiksalen, torsdag 17:00–19:00" in response.text
    assert "Strandens Roklub har" in response.text
    (new,) = Booking.objects.filter(season=season)
    assert new.association == world.association_a and new.status == Status.REQUESTED
    assert new.first_date.weekday() == TUESDAY and new.first_date >= season.first_day
    assert (new.start_time, new.end_time, new.repeat) == (
        dt.time(19),
        dt.time(21),
        Booking.Repeat.WEEKLY,
    )
    assert new.slots.count() > 20 and new.last_date <= season.last_day
    assert new.requested_by == world.member_a  # the association's member sees it in their list
    # It takes part in the allocation, and copying again adds nothing.
    page = client.get(reverse("booking_allocation", args=[season.pk]), {"room": hall.gym.pk})
    assert "Petanque indendørs" in page.text
    client.post(copy, {"booker": f"association-{world.association_a.pk}"})
    assert Booking.objects.filter(season=season).count() == 1
    for value in ("en forening", "group-999999", "association-", "x-1", "group-1" + "9" * 30):
        bad = client.post(copy, {"booker": value}, follow=True)
        assert bad.status_code == 200 and "Vælg en forening eller en bookinggruppe." in bad.text
    assert Booking.objects.filter(season=season).count() == 1


def test_copy_last_season_copies_a_named_groups_series_too(client, hall, world, season):
    from booking.factories import BookingFactory
    from booking.models import BookingGroup

    dagplejen = BookingGroup.objects.create(name="Dagplejen Vallensbæk")
    hall.gym.groups_may_book.add(dagplejen)
    ten_weeks_ago = next_weekday(TUESDAY, weeks_ahead=-10)
    Season.objects.create(
        name="Sæson 2026",
        first_day=ten_weeks_ago - dt.timedelta(days=7),
        last_day=season.first_day - dt.timedelta(days=1),
        window_opens=timezone.now() - dt.timedelta(days=120),
        window_closes=timezone.now() - dt.timedelta(days=100),
    )
    Booking.objects.filter(season=season).update(season=None)  # only the copies are in it

    def series(**booker):
        return BookingFactory(
            room=hall.gym,
            repeat=Booking.Repeat.WEEKLY,
            first_date=ten_weeks_ago,
            last_date=ten_weeks_ago + dt.timedelta(weeks=8),
            start_time=dt.time(16),
            end_time=dt.time(17),
            status=Status.APPROVED,
            requested_by=hall.staff,
            purpose="Legestue",
            **booker,
        )

    series(group=dagplejen)
    series(association=world.association_a)  # not the group's: stays out of its copy

    login(client, hall.staff)
    page = client.get(reverse("booking_allocation", args=[season.pk]))
    assert f'<option value="group-{dagplejen.pk}">Dagplejen Vallensbæk</option>' in page.text
    copy = reverse("booking_copy_last_season", args=[season.pk])
    response = client.post(copy, {"booker": f"group-{dagplejen.pk}"}, follow=True)
    assert "1 af Dagplejen Vallensbæks serier fra sidste sæson" in response.text
    (new,) = Booking.objects.filter(season=season)
    assert (new.group, new.association, new.status) == (dagplejen, None, Status.REQUESTED)
    assert new.first_date.weekday() == TUESDAY and new.first_date >= season.first_day
    assert (new.start_time, new.end_time, new.purpose) == (dt.time(16), dt.time(17), "Legestue")
    assert new.requested_by == hall.staff and new.slots.count() > 20
    assert new.booker == "Dagplejen Vallensbæk"
    client.post(copy, {"booker": f"group-{dagplejen.pk}"})  # copying twice adds nothing
    assert Booking.objects.filter(season=season).count() == 1
