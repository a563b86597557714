import json

import pytest
from wagtail.models import APIToken

from tests.associations.world import *  # noqa: F403


@pytest.fixture
def api_as(client):
    """``api_as(user)(method, url, payload)``: an API v3 call with a fresh token of ``user``."""

    def make(user):
        _token, plaintext = APIToken.create_token(user=user, name="Integration")

        def call(method, url, payload=None):
            return getattr(client, method)(
                url,
                data=json.dumps(payload) if payload is not None else None,
                content_type="application/json",
                HTTP_AUTHORIZATION=f"Bearer {plaintext}",
            )

        return call

    return make
