"""Subscriber addresses appear in no public output; the admin shows them to staff only."""

import pytest
from django.contrib.auth.models import Group, Permission

from tests.associations.world import make_user
from tests.subscriptions.conftest import EMAIL, confirmed, new_article, run_worker


@pytest.fixture
def subscribed(news_index, renovation, sport):
    confirmed(page=news_index)
    confirmed(page=renovation)
    confirmed(topic=sport)
    article = new_article(news_index, title="Ny legeplads ved Strandparken")
    run_worker()
    return article


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/nyheder/",
        "/abonnement/",
        "/abonnement/?sendt=1",
        "/api/v3/pages/",
        "/soeg/?q=karen",
        "/sitemap.xml",
        "/feeds/nyheder/",
    ],
)
def test_no_public_output_shows_a_subscriber_address(client, subscribed, path, settings):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404), path
    body = response.content.decode()
    assert EMAIL not in body and "karen.holm" not in body


def test_the_admin_lists_subscribers_to_superusers_in_danish(subscribed, admin_client):
    admin_client.cookies["django_language"] = "da"
    response = admin_client.get("/admin/subscriber/", HTTP_ACCEPT_LANGUAGE="da")
    assert response.status_code == 200
    html = response.content.decode()
    assert EMAIL in html and "Abonnenter" in html


def test_editors_without_the_permission_cannot_see_subscribers(subscribed, client):
    editor = make_user("redaktoer", groups=["Editors"])
    client.force_login(editor)
    response = client.get("/admin/subscriber/")
    assert response.status_code in (302, 403)
    assert EMAIL not in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "/admin/subscriber/" not in menu


def test_anonymous_visitors_are_sent_to_the_login(subscribed, client):
    response = client.get("/admin/subscriber/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_group_with_the_view_permission_sees_them(subscribed, client):
    staff = make_user("kommunikation", groups=["Editors"])
    group = Group.objects.get(name="Editors")
    group.permissions.add(
        Permission.objects.get(codename="view_subscriber"),
        Permission.objects.get(codename="access_admin"),
    )
    client.force_login(staff)
    response = client.get("/admin/subscriber/")
    assert response.status_code == 200 and EMAIL in response.content.decode()
