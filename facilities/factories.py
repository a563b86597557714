"""Factories for facilities ("lokaler") and their rooms."""

import datetime as dt

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from facilities.models import FacilityAvailability, FacilityIndexPage, FacilityPage, FacilityRoom
from home.factories import HomePageFactory


class FacilityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lokaler"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Lokaler, som foreninger kan låne efter lukketid."

    class Meta:
        model = FacilityIndexPage


class FacilityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vallensbæk Skole {n}")
    parent = factory.SubFactory(FacilityIndexPageFactory)
    summary = "Skolens gymnastiksal og klasselokaler kan lånes om aftenen."
    address = "Idrætsvej 8"

    class Meta:
        model = FacilityPage


class FacilityRoomFactory(DjangoModelFactory):
    facility = factory.SubFactory(FacilityPageFactory)
    name = "Gymnastiksalen"
    capacity = 60
    equipment = "Ribber, måtter og lydanlæg"

    class Meta:
        model = FacilityRoom


class FacilityAvailabilityFactory(DjangoModelFactory):
    facility = factory.SubFactory(FacilityPageFactory)
    days = FacilityAvailability.Days.WEEKDAYS
    start = dt.time(17, 0)
    end = dt.time(22, 0)

    class Meta:
        model = FacilityAvailability
