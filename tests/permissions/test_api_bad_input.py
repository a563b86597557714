"""API v3 page actions answer bad input with 400/422 problem+json, never a 500.

Found while closing #12.1: the copy, alias and translation actions pass body text to the
database without a form, so on PostgreSQL a NUL character, an unpaired surrogate or an
over-long slug was a 500 (SQLite failed on the surrogate too). A member's token was enough.
"""

import json

import pytest
from wagtail.models import APIToken, Locale, Page

API = "/api/v3/pages/"


@pytest.fixture
def member_api(client, world):
    Locale.objects.get_or_create(language_code="en")
    _token, plaintext = APIToken.create_token(user=world.member_a, name="Kalender")

    def post(url, body: str):
        return client.post(
            url,
            data=body,
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {plaintext}",
        )

    return post


# Written as raw JSON: the escapes are what a client sends.
BAD_BODIES = {
    "copy: NUL in title": (
        "copy",
        '{"destination_id": %(own)d, "keep_live": false, "title": "Kopi\\u0000"}',
    ),
    "copy: lone surrogate in title": (
        "copy",
        '{"destination_id": %(own)d, "keep_live": false, "title": "Kopi \\ud800"}',
    ),
    "copy: slug longer than the column": (
        "copy",
        '{"destination_id": %(own)d, "keep_live": false, "slug": "' + "a" * 300 + '"}',
    ),
    "translate: NUL in locale": ("copy_for_translation", '{"locale": "e\\u0000n"}'),
    "translate: lone surrogate in locale": ("copy_for_translation", '{"locale": "e\\udfff"}'),
    "revert: huge revision id": ("revert", '{"revision_id": 100000000000000000000000000}'),
    "move: huge destination id": ("move", '{"destination_id": 100000000000000000000000000}'),
}


@pytest.mark.parametrize("case", sorted(BAD_BODIES))
def test_bad_input_is_a_clear_error(world, member_api, case):
    action, body = BAD_BODIES[case]
    before = Page.objects.count()
    response = member_api(
        f"{API}{world.activity_a.pk}/actions/{action}/", body % {"own": world.association_a.pk}
    )
    assert response.status_code in (400, 404, 422), response.content
    assert response["Content-Type"] == "application/problem+json"
    assert Page.objects.count() == before


def test_the_same_copy_with_good_input_works(world, member_api):
    body = '{"destination_id": %d, "keep_live": false, "slug": "kopi", "title": "Kopi"}'
    response = member_api(
        f"{API}{world.activity_a.pk}/actions/copy/", body % world.association_a.pk
    )
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "Kopi"


def test_ordinary_text_still_parses(world, member_api):
    """Danish letters, emoji (a valid surrogate pair) and escapes pass the body check."""
    body = json.dumps(
        {"destination_id": world.association_a.pk, "keep_live": False, "title": "Æblemost 🍎\\"}
    )
    response = member_api(f"{API}{world.activity_a.pk}/actions/copy/", body)
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "Æblemost 🍎\\"
