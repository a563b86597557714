"""Elasticsearch down: search falls back to the database (the page, the API and autocomplete
are tested in tests/search/test_elasticsearch.py); readiness stays green, reporting it."""

import pytest
from django.test import override_settings

from tests.search.test_elasticsearch import UNREACHABLE, es_backends

pytestmark = pytest.mark.faults


@pytest.mark.django_db
def test_readyz_reports_search_down_but_stays_ready(client):
    with override_settings(WAGTAILSEARCH_BACKENDS=es_backends(UNREACHABLE)):
        response = client.get("/readyz")

    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["search"] == {"status": "down", "required": False}
    assert checks["database"]["status"] == "ok"
