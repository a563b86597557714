"""Admin exports write date-times in Danish time, like the API and feeds (#16.2)."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from recognition.models import Nomination

from .test_csv_injection import attacker_nomination, csv_rows, nomination_page  # noqa: F401

WINTER_UTC = dt.datetime(2026, 12, 1, 13, 0, tzinfo=dt.UTC)


@pytest.fixture
def received_in_december(attacker_nomination):  # noqa: F811
    Nomination.objects.filter(pk=attacker_nomination.pk).update(created_at=WINTER_UTC)
    return attacker_nomination


def test_nominations_csv_has_local_time_with_offset(client, world, received_in_december):
    client.force_login(world.moderator)
    rows = csv_rows(client.get(reverse("nominations:index"), {"export": "csv"}))
    assert "2026-12-01T14:00:00+01:00" in rows[1]
    assert not any("+00:00" in cell for cell in rows[1])


def test_nominations_xlsx_has_local_wall_clock_time(client, world, received_in_december):
    client.force_login(world.moderator)
    response = client.get(reverse("nominations:index"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for cell in sheet[2]]
    assert dt.datetime(2026, 12, 1, 14, 0) in values


def test_csv_reader_reads_back_the_offset(client, world, received_in_december):
    client.force_login(world.moderator)
    rows = csv_rows(client.get(reverse("nominations:index"), {"export": "csv"}))
    header = rows[0]
    created = rows[1][len(header) - 1]
    assert dt.datetime.fromisoformat(created) == WINTER_UTC
    assert csv  # the module reads CSV with the standard library
