"""Factories for the activity calendar, activities and their excluded dates."""

import datetime as dt
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from django.conf import settings
from django.utils import timezone
from factory.django import DjangoModelFactory

from activities.models import ActivityExcludedDate, ActivityIndexPage, ActivityPage
from home.factories import HomePageFactory, paragraph


def local_datetime(year, month, day, hour=0, minute=0) -> dt.datetime:
    """An aware datetime at a wall-clock time in the project's time zone."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE))


def next_week_evening() -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=7)
    return local_datetime(day.year, day.month, day.day, 19)


class ActivityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktiviteter"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Hvad sker der i Vallensbæk?"

    class Meta:
        model = ActivityIndexPage


class ActivityPageFactory(wagtail_factories.PageFactory):
    """A one-off evening activity next week at an address, run by a municipal department."""

    title = factory.Sequence(lambda n: f"Fællessang i biblioteket {n}")
    parent = factory.SubFactory(ActivityIndexPageFactory)
    summary = "Syng med på kendte sange fra Højskolesangbogen. Kaffe og kage i pausen."
    start = factory.LazyFunction(next_week_evening)
    end = factory.LazyAttribute(lambda o: o.start + dt.timedelta(hours=2))
    address = "Vallensbæk Bibliotek, Idrætsvej 2"
    department = "Kultur og Fritid"
    body = factory.LazyFunction(lambda: [paragraph("<p>Tag gerne en ven med.</p>")])

    class Meta:
        model = ActivityPage


class ActivityExcludedDateFactory(DjangoModelFactory):
    activity = factory.SubFactory(ActivityPageFactory)
    date = factory.LazyAttribute(lambda o: o.activity.local_start.date())

    class Meta:
        model = ActivityExcludedDate
