from unittest import mock

import pytest
from django.db.utils import OperationalError


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_each_part(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert body["checks"]["search"]["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_down(client):
    from cms import health

    def broken():
        raise OperationalError("connection refused")

    with mock.patch.dict(health.CHECKS, {"database": (broken, True)}):
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {"status": "down", "required": True}


@pytest.mark.django_db
def test_readyz_stays_ready_when_only_the_cache_is_down(client):
    from cms import health

    def broken():
        raise ConnectionError("redis refused")

    with mock.patch.dict(health.CHECKS, {"cache": (broken, False)}):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["cache"]["status"] == "down"
