"""Issue #12, item 8: a winner's name is public only with the nominee's recorded consent, and
exporting nominators' personal data needs a permission of its own."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from associations.access import MODERATORS_GROUP_NAME
from recognition.models import Nomination
from tests.associations.world import make_user

WINNER = "Grethe Holmgaard"


def winner(world, **fields):
    defaults = {
        "nominee_name": WINNER,
        "association": world.association_a,
        "reason": "Grethe har lavet kaffe til alle kampe i 30 år.",
        "nominator_name": "Jens Larsen",
        "nominator_email": "jens@example.com",
        "status": Nomination.Status.WINNER,
        "celebration_page": world.standard_page,
        "year": 2026,
    }
    return Nomination.objects.create(**{**defaults, **fields})


def public_outputs(client, world) -> dict[str, str]:
    """Every public way the association, its winner or the celebration page can be read."""
    urls = {
        "association page": world.association_a.url,
        "celebration page": world.standard_page.url,
        "site search": f"/soeg/?q={WINNER.split()[0]}",
        "API association": f"/api/v3/pages/{world.association_a.pk}/",
        "API listing": "/api/v3/pages/?type=associations.AssociationPage&fields=*",
        "API search": f"/api/v3/search/?q={WINNER.split()[0]}",
        "news feed": "/feeds/nyheder/",
        "calendar feed": "/feeds/aktiviteter.ics",
        "sitemap": "/sitemap.xml",
    }
    outputs = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        body = response.streaming_content if response.streaming else [response.content]
        outputs[name] = b"".join(body).decode()
    return outputs


def record_consent(client, world, nomination, *, consent: bool, note="Pr. telefon 3. maj"):
    data = {
        "status": nomination.status,
        "year": str(nomination.year),
        "celebration_page": str(nomination.celebration_page_id or ""),
        "staff_note": "",
        "nominee_consent_note": note,
        "nominee_name": nomination.nominee_name,
        "association": str(nomination.association_id or ""),
        "association_name": "",
        "reason": nomination.reason,
        "nominator_name": nomination.nominator_name,
        "nominator_email": nomination.nominator_email,
        "nominator_phone": "",
    }
    if consent:
        data["nominee_consent"] = "on"
    client.force_login(world.moderator)
    response = client.post(reverse("nominations:edit", args=[nomination.pk]), data)
    client.logout()
    return response


@pytest.mark.django_db
def test_without_consent_the_winner_is_in_no_public_output(client, world):
    winner(world)
    for name, body in public_outputs(client, world).items():
        assert WINNER not in body, name


@pytest.mark.django_db
def test_recorded_consent_publishes_the_name_and_says_who_and_when(client, world):
    nomination = winner(world)

    response = record_consent(client, world, nomination, consent=True)

    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.nominee_consent_by == world.moderator
    assert nomination.nominee_consent_at is not None
    assert nomination.nominee_consent_note == "Pr. telefon 3. maj"
    outputs = public_outputs(client, world)
    assert f"{WINNER} (2026)" in outputs["association page"]
    # The editor sees the record when opening the nomination again.
    client.force_login(world.moderator)
    form = client.get(reverse("nominations:edit", args=[nomination.pk])).content.decode()
    assert "Registreret af Mette" in form


@pytest.mark.django_db
def test_withdrawn_consent_removes_the_name_at_once(client, world):
    nomination = winner(world)
    record_consent(client, world, nomination, consent=True)
    assert WINNER in client.get(world.association_a.url).content.decode()

    response = record_consent(client, world, nomination, consent=False)

    assert response.status_code == 302
    nomination.refresh_from_db()
    assert (nomination.nominee_consent_at, nomination.nominee_consent_by) == (None, None)
    assert WINNER not in client.get(world.association_a.url).content.decode()


@pytest.mark.django_db
def test_consent_without_saying_how_is_refused_with_a_danish_error(client, world):
    nomination = winner(world)

    response = record_consent(client, world, nomination, consent=True, note="")

    assert response.status_code == 200
    assert "Skriv, hvordan og hvornår den frivillige sagde ja." in response.content.decode()
    nomination.refresh_from_db()
    assert nomination.nominee_consent_at is None


def export(client, user):
    client.force_login(user)
    return client.get(reverse("nominations:index") + "?export=csv")


@pytest.fixture
def viewer(world):
    """Staff who may read nominations one by one, and nothing more."""
    group = Group.objects.create(name="Indstillingsudvalget")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_nomination"),
    )
    return make_user("udvalg", groups=[group.name])


@pytest.mark.django_db
def test_view_permission_alone_does_not_export(client, world, viewer):
    winner(world)

    client.force_login(viewer)
    listing = client.get(reverse("nominations:index"))
    assert listing.status_code == 200
    assert WINNER in listing.content.decode()
    assert "export=csv" not in listing.content.decode()
    assert "export=xlsx" not in listing.content.decode()

    for fmt in ("csv", "xlsx"):
        response = client.get(reverse("nominations:index") + f"?export={fmt}")
        # Wagtail's admin answers "permission denied" by sending the user to the dashboard.
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
        assert b"jens@example.com" not in response.content


@pytest.mark.django_db
def test_the_export_permission_exports(client, world, viewer):
    winner(world)
    Group.objects.get(name="Indstillingsudvalget").permissions.add(
        Permission.objects.get(codename="export_nomination")
    )

    response = export(client, viewer)

    assert response.status_code == 200
    assert b"jens@example.com" in b"".join(response.streaming_content)


@pytest.mark.django_db
def test_kommunikation_may_export(client, world):
    group = Group.objects.get(name=MODERATORS_GROUP_NAME)
    assert group.permissions.filter(codename="export_nomination").exists()
    winner(world)
    client.force_login(world.moderator)
    assert "export=csv" in client.get(reverse("nominations:index")).content.decode()
    assert export(client, world.moderator).status_code == 200
