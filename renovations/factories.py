"""Factories for renovation projects and their phases, disruptions and updates."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from home.factories import HomePageFactory
from renovations.models import (
    RenovationDisruption,
    RenovationIndexPage,
    RenovationPhase,
    RenovationProjectPage,
    RenovationUpdate,
    Status,
)


def days_from_today(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


class RenovationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Renoveringer"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Byggeri og renoveringer i kommunens bygninger."

    class Meta:
        model = RenovationIndexPage


class RenovationProjectPageFactory(wagtail_factories.PageFactory):
    """A project under way that started a month ago and runs 20 days late."""

    title = factory.Sequence(lambda n: f"Nyt tag på Pilehaveskolen {n}")
    parent = factory.SubFactory(RenovationIndexPageFactory)
    summary = "Taget på skolens A-bygning skiftes. Undervisningen fortsætter som normalt."
    building = "Pilehaveskolen, A-bygningen"
    address = "Pilehavevej 3"
    status = Status.IN_PROGRESS
    planned_start = factory.LazyFunction(lambda: days_from_today(-30))
    planned_end = factory.LazyFunction(lambda: days_from_today(60))
    expected_end = factory.LazyAttribute(lambda o: o.planned_end + dt.timedelta(days=20))
    description = "<p>Arbejdet foregår på hverdage mellem 7 og 16.</p>"

    class Meta:
        model = RenovationProjectPage


class RenovationPhaseFactory(DjangoModelFactory):
    project = factory.SubFactory(RenovationProjectPageFactory)
    name = "Nedrivning af gammelt tag"
    planned_start = factory.LazyAttribute(lambda o: o.project.planned_start)
    planned_end = factory.LazyAttribute(lambda o: o.planned_start + dt.timedelta(days=14))
    status = RenovationPhase.PhaseStatus.DONE

    class Meta:
        model = RenovationPhase


class RenovationDisruptionFactory(DjangoModelFactory):
    project = factory.SubFactory(RenovationProjectPageFactory)
    kind = RenovationDisruption.Kind.PARKING
    date_from = factory.LazyFunction(lambda: days_from_today(-2))
    date_to = factory.LazyFunction(lambda: days_from_today(5))
    affected = "Parkeringspladsen ved indgang A"

    class Meta:
        model = RenovationDisruption


class RenovationUpdateFactory(DjangoModelFactory):
    project = factory.SubFactory(RenovationProjectPageFactory)
    date = factory.LazyFunction(timezone.localdate)
    title = "Leverandøren er forsinket"
    text = "<p>Tagpladerne kommer tre uger senere end planlagt.</p>"

    class Meta:
        model = RenovationUpdate
