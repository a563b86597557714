"""Activity sign-ups in the admin: staff manage all; a member only their association's own.

A refused request answers 404 or 403 (never the participants) and changes nothing.
"""

import pytest
from django.urls import reverse

from signups import services
from signups.models import Registration, SignupOption
from tests.associations.world import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def options(world):
    made = {}
    for name in ("activity_a", "activity_b", "municipal_activity"):
        option = SignupOption.objects.create(activity=getattr(world, name), capacity=10)
        services.sign_up(
            option, services.Applicant(name=f"Deltager {name}", email=f"{name}@example.com")
        )
        made[name] = option
    return made


def actions(option):
    registration = option.registrations.get()
    return {
        "participants": ("get", reverse("signups_participants", args=[option.pk]), None),
        "export csv": ("get", reverse("signups_export", args=[option.pk]), {"format": "csv"}),
        "export xlsx": ("get", reverse("signups_export", args=[option.pk]), {"format": "xlsx"}),
        "message": ("get", reverse("signups_message", args=[option.pk]), None),
        "message (send)": (
            "post",
            reverse("signups_message", args=[option.pk]),
            {"subject": "Aflyst", "body": "Aktiviteten er aflyst."},
        ),
        "edit": ("get", reverse("signups_edit", args=[option.pk]), None),
        "cancel participant": (
            "post",
            reverse("signups_participants", args=[option.pk]),
            {"cancel": registration.pk},
        ),
    }


def fingerprint():
    return sorted(Registration.objects.values_list("pk", "status", "name"))


@pytest.mark.parametrize("target", ["activity_b", "municipal_activity"])
def test_a_member_cannot_touch_another_activitys_sign_ups(client, world, options, target):
    client.login(username=world.member_a.username, password=PASSWORD)
    before = fingerprint()
    for action, (method, url, data) in actions(options[target]).items():
        response = getattr(client, method)(url, data or {})
        assert response.status_code in (403, 404), action
        assert f"Deltager {target}" not in response.content.decode(), action
    assert fingerprint() == before


def test_a_member_manages_their_own_activitys_sign_ups(client, world, options, smtp_server):
    client.login(username=world.member_a.username, password=PASSWORD)
    index = client.get(reverse("signups_index")).content.decode()
    assert "Petanque for begyndere" in index
    assert "Kajak for begyndere" not in index and "Fællessang" not in index
    for action, (method, url, data) in actions(options["activity_a"]).items():
        response = getattr(client, method)(url, data or {})
        assert response.status_code in (200, 302), action
    assert Registration.objects.get(option=options["activity_a"]).status == "cancelled"


def test_a_member_can_only_choose_their_own_activities(client, world, options):
    client.login(username=world.member_a.username, password=PASSWORD)
    response = client.post(
        reverse("signups_add"),
        {
            "activity": world.activity_b.pk,
            "capacity": "5",
            "waiting_list": "on",
            "is_open": "on",
            "questions-TOTAL_FORMS": "0",
            "questions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert SignupOption.objects.count() == 3


def test_staff_see_every_sign_up(client, world, options):
    client.login(username=world.moderator.username, password=PASSWORD)
    index = client.get(reverse("signups_index")).content.decode()
    for title in ("Petanque for begyndere", "Kajak for begyndere", "Fællessang"):
        assert title in index
    for option in options.values():
        response = client.get(reverse("signups_participants", args=[option.pk]))
        assert response.status_code == 200


def test_signed_out_visitors_are_sent_to_the_login(client, options):
    response = client.get(reverse("signups_participants", args=[options["activity_a"].pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
