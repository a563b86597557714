"""Nominating an ildsjæl, reviewing nominations in the admin, exporting CSV, showing winners."""

from bs4 import BeautifulSoup
from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from associations.factories import AssociationPageFactory
from recognition.models import Nomination


def nomination_data(world, **overrides):
    data = {
        "nominee_name": "Birthe Nielsen",
        "association": str(world.association_a.pk),
        "association_name": "",
        "reason": "Birthe har trænet børneholdet hver lørdag i 20 år.",
        "nominator_name": "Jens Larsen",
        "nominator_email": "jens@example.com",
        "nominator_phone": "",
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_a_citizen_nominates_an_ildsjael(client, world, nomination_page):
    response = client.post(nomination_page.url, nomination_data(world))
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.association == world.association_a
    assert nomination.status == Nomination.Status.RECEIVED
    assert [m.to for m in mail.outbox] == [["jens@example.com"]]


def test_a_neighbour_without_an_association_can_be_nominated(client, world, nomination_page):
    """The default "Ikke på listen / ingen forening" with no name written is a valid answer."""
    page = client.get(nomination_page.url).content.decode()
    assert '<option value="" selected>Ikke på listen / ingen forening</option>' in page

    response = client.post(
        nomination_page.url,
        nomination_data(
            world, association="", reason="Hun har klippet hæk for hele vejen i ti år."
        ),
    )

    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert (nomination.association, nomination.association_name) == (None, "")


def test_the_list_offers_only_active_public_associations(client, world, nomination_page):
    AssociationPageFactory(
        parent=world.association_index, title="Brætspilsklubben Terningen", active=False
    )
    draft = AssociationPageFactory(parent=world.association_index, title="Kladdeklubben")
    draft.unpublish()

    soup = BeautifulSoup(client.get(nomination_page.url).content, "html.parser")
    options = [o.get_text() for o in soup.select("select[name=association] option")]

    assert options == [
        "Ikke på listen / ingen forening",
        "Strandens Roklub",
        "Vallensbæk Petanqueklub",
    ]


def test_an_inactive_association_is_refused_if_posted_anyway(client, world, nomination_page):
    inactive = AssociationPageFactory(
        parent=world.association_index, title="Brætspilsklubben Terningen", active=False
    )
    response = client.post(nomination_page.url, nomination_data(world, association=inactive.pk))
    assert "association" in response.context["form"].errors
    assert not Nomination.objects.exists()


def test_honeypot_and_rate_limit_apply_to_nominations(client, world, nomination_page):
    client.post(nomination_page.url, nomination_data(world, homepage="x"))
    assert not Nomination.objects.exists()
    # Neither the dropped spam nor failed attempts count; five accepted nominations do.
    for _ in range(4):
        client.post(nomination_page.url, nomination_data(world, reason=""))
    for _ in range(5):
        assert client.post(nomination_page.url, nomination_data(world)).status_code == 302
    response = client.post(nomination_page.url, nomination_data(world))
    assert response.status_code == 429
    assert Nomination.objects.count() == 5


def make_nomination(world, **kwargs):
    defaults = {
        "nominee_name": "Birthe Nielsen",
        "association": world.association_a,
        "reason": "Tænder lyset hver lørdag.",
        "nominator_name": "Jens",
        "nominator_email": "jens@example.com",
        "year": 2026,
    }
    defaults.update(kwargs)
    return Nomination.objects.create(**defaults)


def test_staff_shortlist_a_nomination_in_the_admin(client, world):
    nomination = make_nomination(world)
    client.force_login(world.moderator)
    url = reverse("nominations:edit", args=[nomination.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "status": "shortlisted",
            "year": "2026",
            "celebration_page": "",
            "staff_note": "Stærk kandidat",
            "nominee_name": nomination.nominee_name,
            "association": str(world.association_a.pk),
            "association_name": "",
            "reason": nomination.reason,
            "nominator_name": "Jens",
            "nominator_email": "jens@example.com",
            "nominator_phone": "",
        },
    )
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.SHORTLISTED


def test_staff_export_nominations_as_csv(client, world):
    make_nomination(world, status=Nomination.Status.WINNER)
    make_nomination(world, nominee_name="Poul Hansen", association=None, association_name="Kor")
    client.force_login(world.moderator)
    response = client.get(reverse("nominations:index") + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "Birthe Nielsen" in body and "Poul Hansen" in body
    assert world.association_a.title in body and "Kor" in body
    assert "jens@example.com" in body


def test_members_cannot_see_nominations(client, world):
    make_nomination(world)
    client.force_login(world.member_a)
    assert client.get(reverse("nominations:index")).status_code in (302, 403)


def render_honours(association):
    template = Template("{% load recognition_tags %}{% association_honours association %}")
    return template.render(Context({"association": association}))


def test_winner_with_a_live_celebration_page_is_shown_on_the_association(world):
    make_nomination(
        world,
        status=Nomination.Status.WINNER,
        celebration_page=world.standard_page,
        nominee_consent_at=timezone.now(),
    )
    make_nomination(world, nominee_name="Kun indstillet", status=Nomination.Status.SHORTLISTED)
    html = render_honours(world.association_a)
    assert "Birthe Nielsen (2026)" in html
    assert world.standard_page.url in html
    assert "Kun indstillet" not in html
    assert render_honours(world.association_b).strip() == ""


def test_winner_whose_celebration_page_is_a_draft_is_not_shown(world):
    world.standard_page.unpublish()
    make_nomination(
        world,
        status=Nomination.Status.WINNER,
        celebration_page=world.standard_page,
        nominee_consent_at=timezone.now(),
    )
    assert "Birthe" not in render_honours(world.association_a)


def test_winner_whose_celebration_page_has_expired_is_not_shown(world):
    import datetime as dt

    # Still live: publish_scheduled has not run yet, but the expiry time has passed.
    type(world.standard_page).objects.filter(pk=world.standard_page.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    make_nomination(
        world,
        status=Nomination.Status.WINNER,
        celebration_page=world.standard_page,
        nominee_consent_at=timezone.now(),
    )
    assert "Birthe" not in render_honours(world.association_a)


def test_the_association_page_links_its_celebrated_winner(client, world):
    make_nomination(
        world,
        status=Nomination.Status.WINNER,
        celebration_page=world.standard_page,
        nominee_consent_at=timezone.now(),
    )
    html = client.get(world.association_a.url).content.decode()
    assert "Birthe Nielsen (2026)" in html
    assert f'href="{world.standard_page.url}"' in html
