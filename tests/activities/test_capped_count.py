"""Listings of every upcoming date count at most ``COUNT_CAP`` of them (#20: the exact count
of 100 000 upcoming dates took 4.9 s): the activity calendar says "Mere end …", the
occurrences API says ``count_exact: false``; both still page through every date."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import ActivityPage
from core import pagination

pytestmark = pytest.mark.django_db

URL = "/api/v3/activities/occurrences/"


@pytest.fixture
def twelve_dates(calendar):
    first = timezone.localdate() + dt.timedelta(days=1)
    return ActivityPageFactory(
        parent=calendar,
        title="Strikkeklub",
        start=local_datetime(first.year, first.month, first.day, 19),
        end=local_datetime(first.year, first.month, first.day, 21),
        recurrence=ActivityPage.Recurrence.WEEKLY,
        recurrence_until=first + dt.timedelta(weeks=11),
    )


@pytest.fixture
def cap_of_five(monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 5)


def occurrences(client, **params):
    today = timezone.localdate()
    query = {"from": today.isoformat(), "to": (today + dt.timedelta(days=100)).isoformat()}
    response = client.get(URL, {**query, **params})
    assert response.status_code == 200, response.content
    return response.json()


def test_the_api_counts_up_to_the_cap_and_says_so(client, twelve_dates, cap_of_five):
    with CaptureQueriesContext(connection) as queries:
        body = occurrences(client, limit=2)

    assert (body["count"], body["count_exact"], len(body["items"])) == (5, False, 2)
    # One count, bounded: SELECT COUNT(*) FROM (… LIMIT 6), not a count of every match.
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counts) == 1 and "LIMIT 6" in counts[0], counts


def test_the_api_count_is_exact_below_the_cap(client, twelve_dates):
    body = occurrences(client, limit=2)

    assert (body["count"], body["count_exact"]) == (12, True)


def test_a_page_past_the_cap_is_counted_to_its_end_and_every_date_is_reachable(
    client, twelve_dates, cap_of_five
):
    seen = []
    offset = 0
    while True:
        body = occurrences(client, limit=4, offset=offset)
        seen += body["items"]
        if len(body["items"]) < 4:
            break
        # Never less than the end of the page asked for: a client knows there is more.
        assert body["count"] >= offset + 4
        offset += 4
    assert len(seen) == 12
    assert body["count_exact"] is True


def test_the_openapi_document_declares_count_exact(client):
    schema = client.get("/api/v3/openapi.json").json()
    operation = schema["paths"][URL]["get"]
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    listing = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert {"count", "count_exact", "items"} <= set(listing["required"])


def results(client, url) -> tuple[str, str, int]:
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return (
        soup.select_one(".results-heading").get_text(strip=True),
        soup.select_one(".pagination p").get_text(strip=True),
        len(soup.select(".occurrence-list li")),
    )


def test_the_calendar_says_more_than_and_keeps_paging(client, calendar, twelve_dates, cap_of_five):
    # Page 1 counts up to the cap or the end of the page (10 dates), whichever is more.
    heading, pages, shown = results(client, calendar.url)
    assert (heading, pages, shown) == ("Mere end 10 datoer", "Side 1", 10)

    heading, pages, shown = results(client, calendar.url + "?page=2")
    assert (heading, pages, shown) == ("12 datoer", "Side 2 af 2", 2)
