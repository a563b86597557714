"""``ensure_dev_users``: the development logins, printed; never without DEBUG."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_prints_logins_that_work_for_the_admin_and_the_association_members(
    seeded, settings, client
):
    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_dev_users", stdout=out)
    output = out.getvalue()

    assert "Username: admin" in output and "Password: vallensbaek-dev" in output
    assert "(Vallensbæk Badmintonklub): badminton / forening-dev" in output
    assert "(Kajakklubben Vallensbæk Havn): kajak / forening-dev" in output
    assert client.login(username="admin", password="vallensbaek-dev")
    assert client.login(username="badminton", password="forening-dev")
    assert client.get("/admin/").status_code == 200


def test_the_seed_itself_gives_members_no_usable_password(seeded, client):
    assert not client.login(username="badminton", password="forening-dev")


def test_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("ensure_dev_users", stdout=StringIO())
