"""An activity page lists its next dates, and "Flere datoer" leads to all of them."""

import datetime as dt

from bs4 import BeautifulSoup
from django.utils import timezone

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import ActivityPage


def twelve_weekly_dates(calendar) -> ActivityPage:
    first = timezone.localdate() + dt.timedelta(days=1)
    return ActivityPageFactory(
        parent=calendar,
        title="Strikkeklub",
        start=local_datetime(first.year, first.month, first.day, 19),
        end=local_datetime(first.year, first.month, first.day, 21),
        recurrence=ActivityPage.Recurrence.WEEKLY,
        recurrence_until=first + dt.timedelta(weeks=11),
    )


def dates_on(client, url) -> tuple[int, BeautifulSoup]:
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return len(soup.select("#datoer li")), soup


def test_ten_dates_and_a_link_to_all_twelve(client, calendar):
    activity = twelve_weekly_dates(calendar)
    assert activity.occurrences.count() == 12

    shown, soup = dates_on(client, activity.url)
    link = soup.select_one(".more-dates a")
    assert (shown, link.get_text()) == (10, "Flere datoer")

    shown, soup = dates_on(client, activity.url + link["href"].split("#")[0])
    assert (shown, soup.select_one(".more-dates")) == (12, None)


def test_an_activity_with_few_dates_has_no_more_link(client, calendar):
    first = timezone.localdate() + dt.timedelta(days=1)
    activity = ActivityPageFactory(
        parent=calendar,
        start=local_datetime(first.year, first.month, first.day, 10),
        end=local_datetime(first.year, first.month, first.day, 12),
    )
    shown, soup = dates_on(client, activity.url)
    assert (shown, soup.select_one(".more-dates")) == (1, None)
