"""No participant's name, email or phone in any public output; hidden activities take none."""

import pytest
from django.urls import reverse

from signups import services
from signups.models import Registration
from tests.signups.conftest import form_data
from tests.visibility import make_draft, make_expired, make_restricted

pytestmark = pytest.mark.django_db

SECRETS = ("Karen Hemmelig", "karen.hemmelig@example.com", "40 99 88 77", "Rollator")


@pytest.fixture
def signed_up(option):
    remark = next(q for q in option.questions.all() if q.kind == "text")
    services.sign_up(
        option,
        services.Applicant(
            name=SECRETS[0], email=SECRETS[1], phone=SECRETS[2], answers={remark.label: SECRETS[3]}
        ),
    )
    return option


def public_outputs(option):
    activity = option.activity
    return [
        activity.url,
        reverse("signups:signup", args=[option.pk]),
        reverse("feeds:activity", args=[activity.pk]),
        f"/api/v3/pages/{activity.pk}/",
        "/api/v3/pages/?type=activities.ActivityPage&fields=*",
        f"/soeg/?q={activity.title}",
        "/sitemap.xml",
    ]


def test_no_personal_data_in_public_outputs(client, signed_up):
    for url in public_outputs(signed_up):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode() if not response.streaming else ""
        for secret in SECRETS:
            assert secret not in body, (url, secret)


@pytest.mark.parametrize("hide", [make_draft, make_expired, make_restricted])
def test_a_hidden_activity_takes_no_sign_ups(client, option, hide):
    hide(option.activity)
    assert client.get(reverse("signups:signup", args=[option.pk])).status_code == 404
    response = client.post(reverse("signups:signup", args=[option.pk]), form_data(option))
    assert response.status_code == 404
    assert not Registration.objects.exists()
