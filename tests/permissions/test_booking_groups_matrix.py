"""Named groups other than associations (Dagplejen, Seniorrådet) book the rooms that list
them, for their own group only; the permission matrix, and that a refusal changes nothing.

Dagplejen's members come through a user group; Seniorrådet's are named accounts. The gym
takes Dagplejen; no room takes Seniorrådet. The booking team (the ``Booking`` group, through
migration ``booking.0004``) keeps the groups themselves under *Snippets → Bookinggrupper*;
nobody else may, not even a group's own member.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from booking import services
from booking.models import Booking, BookingGroup, BookingSlot
from tests.associations.world import PASSWORD, make_user
from tests.booking.conftest import hall, next_weekday  # noqa: F401

pytestmark = pytest.mark.django_db


def admin_group(name):
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


@pytest.fixture
def groups(hall, world):  # noqa: F811
    """Dagplejen (members: the user group "Dagplejere"), Seniorrådet (a named account), and
    Dagplejen's request and approved booking in the gym."""
    dagplejere = admin_group("Dagplejere")
    dagplejen = BookingGroup.objects.create(name="Dagplejen")
    dagplejen.user_groups.add(dagplejere)
    seniorraadet = BookingGroup.objects.create(name="Seniorrådet")
    hall.gym.groups_may_book.add(dagplejen)
    dagplejer = make_user("dorte", groups=["Dagplejere"], first_name="Dorte")
    senior = make_user("svend", first_name="Svend")
    senior.groups.add(admin_group("Kommunale brugere"))
    seniorraadet.users.add(senior)
    day = next_weekday(1)
    requested = services.request_booking(
        Booking(
            room=hall.gym,
            group=dagplejen,
            first_date=day,
            start_time=dt.time(17),
            end_time=dt.time(18),
        ),
        dagplejer,
    )
    approved = services.request_booking(
        Booking(
            room=hall.gym,
            group=dagplejen,
            first_date=day,
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        dagplejer,
    )
    services.approve(approved, hall.staff, send_email=False)
    return {
        "dagplejen": dagplejen,
        "seniorraadet": seniorraadet,
        "dagplejer": dagplejer,
        "senior": senior,
        "requested": requested,
        "approved": approved,
    }


def fingerprint():
    return (
        sorted(Booking.objects.values_list("pk", "status", "group_id", "association_id")),
        sorted(BookingSlot.objects.values_list("pk", "status")),
        sorted(BookingGroup.objects.values_list("pk", "name")),
    )


SNIPPET = "wagtailsnippets_booking_bookinggroup"


def actions(hall, world, groups):  # noqa: F811
    day = next_weekday(2)
    senior_pk = groups["seniorraadet"].pk

    def request(room, **booker):
        data = {"repeat": "once", "first_date": day.isoformat(), "excluded": ""}
        data |= {"start_time": "17:00", "end_time": "18:00", **booker}
        return ("post", reverse("booking_room", args=[room.pk]), data)

    return {
        "see rooms": ("get", reverse("booking_index"), None),
        "see the gym": ("get", reverse("booking_room", args=[hall.gym.pk]), None),
        "request the gym for Dagplejen": request(hall.gym, group=groups["dagplejen"].pk),
        "request the gym for Seniorrådet": request(hall.gym, group=groups["seniorraadet"].pk),
        "request the kitchen for Dagplejen": request(hall.kitchen, group=groups["dagplejen"].pk),
        "request the gym for A": request(hall.gym, association=world.association_a.pk),
        "withdraw Dagplejen's request": (
            "post",
            reverse("booking_withdraw", args=[groups["requested"].pk]),
            {},
        ),
        "cancel Dagplejen's date": (
            "post",
            reverse("booking_cancel_slot", args=[groups["approved"].slots.get().pk]),
            {},
        ),
        # The groups themselves (the snippet); last, as one of them deletes Seniorrådet.
        "see the booking groups": ("get", reverse(f"{SNIPPET}:list"), None),
        "open Seniorrådet": ("get", reverse(f"{SNIPPET}:edit", args=[senior_pk]), None),
        "add a booking group": ("post", reverse(f"{SNIPPET}:add"), {"name": "Ældrerådet"}),
        "rename Seniorrådet": (
            "post",
            reverse(f"{SNIPPET}:edit", args=[senior_pk]),
            {"name": "Seniorrådet i Vallensbæk", "users": [groups["senior"].pk]},
        ),
        "delete Seniorrådet": ("post", reverse(f"{SNIPPET}:delete", args=[senior_pk]), {}),
    }


DAGPLEJEN = {
    "see rooms",
    "see the gym",
    "request the gym for Dagplejen",
    "withdraw Dagplejen's request",
    "cancel Dagplejen's date",
}
ALLOWED = {
    "anonymous": set(),
    "dagplejer": DAGPLEJEN,
    "senior": {"see rooms", "see the gym"},  # a member of a group no room takes
    "member_a": {"see rooms", "see the gym", "request the gym for A"},
    "moderator": set(),
    "staff": {
        "see rooms",
        "see the gym",
        "see the booking groups",
        "open Seniorrådet",
        "add a booking group",
        "rename Seniorrådet",
        "delete Seniorrådet",
    },
}


def user_of(role, hall, world, groups):  # noqa: F811
    if role in ("dagplejer", "senior"):
        return groups[role]
    return {"anonymous": None, "staff": hall.staff}.get(role, getattr(world, role, None))


@pytest.mark.parametrize("role", list(ALLOWED))
def test_named_groups_permission_matrix(client, hall, world, groups, role):  # noqa: F811
    user = user_of(role, hall, world, groups)
    if user is not None:
        assert client.login(username=user.username, password=PASSWORD)
    for name, (method, url, data) in actions(hall, world, groups).items():
        before = fingerprint()
        response = getattr(client, method)(url, data) if data is not None else client.get(url)
        changed = fingerprint() != before
        if name in ALLOWED[role]:
            assert response.status_code in (200, 302), (role, name, response.status_code)
            if method == "post":
                assert changed, (role, name, "nothing happened")
            else:
                assert response.status_code == 200, (role, name)
        else:
            assert not changed, (role, name, "a refused request changed bookings")
            if method == "get":
                assert response.status_code != 200, (role, name)


def test_the_rule_refuses_a_group_the_room_does_not_take_or_the_user_is_not_in(
    hall,  # noqa: F811
    world,
    groups,
):
    day = next_weekday(3)

    def booking(room, group):
        return Booking(
            room=room, group=group, first_date=day, start_time=dt.time(17), end_time=dt.time(18)
        )

    with pytest.raises(PermissionDenied, match="Denne gruppe kan ikke booke dette lokale"):
        services.check_may_book(groups["dagplejer"], booking(hall.kitchen, groups["dagplejen"]))
    with pytest.raises(PermissionDenied, match="kun booke for en gruppe, du hører til"):
        services.check_may_book(world.member_a, booking(hall.gym, groups["dagplejen"]))
    with pytest.raises(PermissionDenied, match="kun booke for en gruppe, du hører til"):
        services.check_may_book(groups["senior"], booking(hall.gym, groups["dagplejen"]))
    services.check_may_book(groups["dagplejer"], booking(hall.gym, groups["dagplejen"]))


def test_a_room_closed_to_associations_still_takes_its_named_groups(
    client,
    hall,  # noqa: F811
    world,
    groups,
):
    hall.gym.associations_may_book = False
    hall.gym.save()
    day = next_weekday(3)
    with pytest.raises(PermissionDenied, match="Foreninger kan ikke booke"):
        services.check_may_book(
            world.member_a,
            Booking(
                room=hall.gym,
                association=world.association_a,
                first_date=day,
                start_time=dt.time(17),
                end_time=dt.time(18),
            ),
        )
    assert client.login(username="dorte", password=PASSWORD)
    page = client.get(reverse("booking_room", args=[hall.gym.pk]))
    assert page.status_code == 200
    assert "Dagplejen" in page.text
    assert 'name="association"' not in page.text  # Dorte books for no association


def test_the_public_sees_the_groups_name_never_its_members(client, hall, world, groups):  # noqa: F811
    day = next_weekday(1)
    response = client.get(
        f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
        {"from": (day - dt.timedelta(days=day.weekday())).isoformat()},
    )
    gym = next(room for room in response.json()["rooms"] if room["name"] == "Gymnastiksalen")
    (tuesday,) = [entry for entry in gym["days"] if entry["date"] == day.isoformat()]
    assert [(t["start"][11:16], t["association"]) for t in tuesday["taken"]] == [
        ("19:00", "Dagplejen")
    ]
    page = client.get(hall.facility.url).text + response.content.decode()
    ical = client.get(f"/booking/lokaler/{hall.gym.pk}.ics").content.decode()
    for text in (page, ical):
        assert "Dagplejen" in text
        assert "Dorte" not in text and "dorte@example.com" not in text


def test_the_booking_team_keeps_the_groups_with_the_migrations_permissions(
    client,
    hall,  # noqa: F811
    groups,
):
    """What the staff saved is what the group is: name and members (not only "something
    changed"), through the permissions migration booking.0004 gives the ``Booking`` group."""
    assert hall.staff.has_perms(
        [f"booking.{action}_bookinggroup" for action in ("add", "change", "delete", "view")]
    )
    assert client.login(username=hall.staff.username, password=PASSWORD)
    senior = groups["seniorraadet"]
    response = client.post(
        reverse(f"{SNIPPET}:edit", args=[senior.pk]),
        {
            "name": "Seniorrådet i Vallensbæk",
            "users": [groups["senior"].pk, groups["dagplejer"].pk],
        },
    )
    assert response.status_code == 302
    senior.refresh_from_db()
    assert senior.name == "Seniorrådet i Vallensbæk"
    assert set(senior.users.values_list("username", flat=True)) == {"svend", "dorte"}
    duplicate = client.post(reverse(f"{SNIPPET}:add"), {"name": "Dagplejen"})
    assert duplicate.status_code == 200  # the form again, with the error; nothing saved
    assert BookingGroup.objects.filter(name="Dagplejen").count() == 1
