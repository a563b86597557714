"""Renovation projects: what is under way now, how late it is, and what it disrupts."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.factories import HomePageFactory
from renovations.factories import (
    RenovationDisruptionFactory,
    RenovationIndexPageFactory,
    RenovationProjectPageFactory,
)
from renovations.models import RenovationProjectPage, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return RenovationIndexPageFactory(parent=HomePageFactory())


def project(index, title, status=Status.IN_PROGRESS, **kwargs) -> RenovationProjectPage:
    return RenovationProjectPageFactory(parent=index, title=title, status=status, **kwargs)


def titles(pages) -> list[str]:
    return [page.title for page in pages]


def test_current_lists_projects_in_progress_and_paused(index):
    project(index, "Planlagt", Status.PLANNED)
    project(index, "I gang", Status.IN_PROGRESS)
    project(index, "På pause", Status.PAUSED)
    project(index, "Færdig", Status.COMPLETED)
    assert set(titles(RenovationProjectPage.objects.current())) == {"I gang", "På pause"}


def test_current_lists_the_project_ending_soonest_first(index):
    today = timezone.localdate()
    project(index, "Slutter sent", expected_end=today + dt.timedelta(days=200))
    project(index, "Slutter snart", Status.PAUSED, expected_end=today + dt.timedelta(days=10))
    project(index, "Slutter midt", expected_end=today + dt.timedelta(days=50))
    assert titles(RenovationProjectPage.objects.current()) == [
        "Slutter snart",
        "Slutter midt",
        "Slutter sent",
    ]


def test_current_leaves_out_drafts_private_and_expired_projects(index):
    project(index, "Offentlig")
    project(index, "Kladde", live=False)
    project(index, "Udløbet", expire_at=timezone.now() - dt.timedelta(minutes=5))
    private = project(index, "Intern")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    assert titles(RenovationProjectPage.objects.current()) == ["Offentlig"]


@pytest.mark.parametrize(("extra_days", "delay"), [(20, 20), (0, 0), (-7, -7)])
def test_delay_days(index, extra_days, delay):
    page = project(
        index,
        "Nyt tag",
        planned_start=dt.date(2026, 3, 1),
        planned_end=dt.date(2026, 9, 30),
        expected_end=dt.date(2026, 9, 30) + dt.timedelta(days=extra_days),
    )
    assert page.delay_days == delay


def test_current_disruptions_are_those_on_the_given_day(index):
    page = project(index, "Nyt tag")
    today = dt.date(2026, 5, 10)
    for affected, start, end in [
        ("Forbi", dt.date(2026, 5, 1), dt.date(2026, 5, 9)),
        ("Starter i dag", dt.date(2026, 5, 10), dt.date(2026, 5, 20)),
        ("Slutter i dag", dt.date(2026, 4, 1), dt.date(2026, 5, 10)),
        ("Senere", dt.date(2026, 5, 11), dt.date(2026, 5, 12)),
    ]:
        RenovationDisruptionFactory(project=page, affected=affected, date_from=start, date_to=end)
    assert {d.affected for d in page.current_disruptions(today)} == {
        "Starter i dag",
        "Slutter i dag",
    }


def test_current_disruptions_default_to_today(index):
    page = project(index, "Nyt tag")
    RenovationDisruptionFactory(project=page, affected="Parkeringspladsen")
    RenovationDisruptionFactory(
        project=page,
        affected="Sidste år",
        date_from=dt.date(2020, 1, 1),
        date_to=dt.date(2020, 1, 31),
    )
    assert [d.affected for d in page.current_disruptions()] == ["Parkeringspladsen"]


# Validation ----------------------------------------------------------------------------------


def field_errors(page) -> dict:
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


def test_expected_end_before_planned_start_is_refused(index):
    page = project(index, "Nyt tag")
    page.expected_end = page.planned_start - dt.timedelta(days=1)
    assert list(field_errors(page)) == ["expected_end"]


def test_planned_end_before_planned_start_is_refused(index):
    page = project(index, "Nyt tag")
    page.planned_end = page.planned_start - dt.timedelta(days=1)
    assert list(field_errors(page)) == ["planned_end"]


def test_project_finishing_earlier_than_planned_is_valid(index):
    page = project(index, "Nyt tag")
    page.expected_end = page.planned_start + dt.timedelta(days=1)
    page.full_clean()
    assert page.delay_days < 0


def test_disruption_ending_before_it_starts_is_refused(index):
    disruption = RenovationDisruptionFactory(project=project(index, "Nyt tag"))
    disruption.date_to = disruption.date_from - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as excinfo:
        disruption.full_clean()
    assert list(excinfo.value.message_dict) == ["date_to"]
