"""Factories for hearings and their answers."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from home.factories import HomePageFactory

from .models import HearingAnswer, HearingIndexPage, HearingPage, HearingRelatedPage


def days_from_today(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


class HearingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Høringer"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Sig din mening, før kommunen beslutter."

    class Meta:
        model = HearingIndexPage


class HearingPageFactory(wagtail_factories.PageFactory):
    """An open hearing: started ten days ago, closes in three weeks."""

    title = factory.Sequence(lambda n: f"Lokalplan for Vallensbæk Stationstorv {n}")
    parent = factory.SubFactory(HearingIndexPageFactory)
    summary = "Kommunen foreslår nye boliger og en grøn plads ved stationen. Sig din mening."
    body = "<p>Lokalplanen giver mulighed for 120 nye boliger.</p>"
    department = "Teknik og Miljø"
    start = factory.LazyFunction(lambda: days_from_today(-10))
    deadline = factory.LazyFunction(lambda: days_from_today(21))

    class Meta:
        model = HearingPage


class HearingRelatedPageFactory(DjangoModelFactory):
    hearing = factory.SubFactory(HearingPageFactory)

    class Meta:
        model = HearingRelatedPage


class HearingAnswerFactory(DjangoModelFactory):
    hearing = factory.SubFactory(HearingPageFactory)
    name = factory.Sequence(lambda n: f"Borger {n}")
    email = factory.Sequence(lambda n: f"borger{n}@example.com")
    address = factory.Sequence(lambda n: f"Hemmelig Allé {n}, 2625 Vallensbæk")
    text = factory.Sequence(lambda n: f"Jeg støtter planen, men ønsker flere træer. ({n})")

    class Meta:
        model = HearingAnswer
