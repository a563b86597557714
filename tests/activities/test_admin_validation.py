"""Editors who enter an impossible schedule get the form back with a Danish error."""

import datetime as dt

import pytest
from django.utils import timezone

from activities.factories import ActivityPageFactory, local_datetime
from activities.models import ActivityPage, Occurrence
from tests.pages.admin_forms import (
    activity_data,
    add_url,
    edit_url,
    in_admin_language,
    inline_formset,
    nested_form_data,
    page_text,
    post_invalid,
)

pytestmark = pytest.mark.django_db

#: The Danish text editors must see for each message (English msgid → Danish).
EXPECTED_DANISH = {
    "The end must be after the start.": "Slutningen skal ligge efter starten.",
    "A recurring activity needs a date the recurrence ends.": (
        "En gentagen aktivitet skal have en dato, hvor gentagelsen slutter."
    ),
    "The recurrence creates too many dates. Choose an earlier end date.": (
        "Gentagelsen giver for mange datoer. Vælg en tidligere slutdato."
    ),
    "The recurrence must end after the first date.": (
        "Gentagelsen skal slutte efter den første dato."
    ),
}

START = local_datetime(2026, 5, 5, 19)

#: Each invalid submission: (overrides of the valid form data, field, message).
INVALID_SUBMISSIONS = {
    "end_before_start": (
        {"end": "05.05.2026 18:00"},
        "end",
        "The end must be after the start.",
    ),
    "recurrence_without_end_date": (
        {"recurrence": "weekly", "recurrence_until": ""},
        "recurrence_until",
        "A recurring activity needs a date the recurrence ends.",
    ),
    "recurrence_ends_before_first_date": (
        {"recurrence": "weekly", "recurrence_until": "01.05.2026"},
        "recurrence_until",
        "The recurrence must end after the first date.",
    ),
    "too_many_dates": (
        {"recurrence": "weekly", "recurrence_until": "05.05.2040"},
        "recurrence_until",
        "The recurrence creates too many dates. Choose an earlier end date.",
    ),
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "pw")
    client.force_login(user)
    return client


def valid_data(**overrides) -> dict:
    return activity_data(START, START + dt.timedelta(hours=2), **overrides)


@pytest.mark.parametrize("case", INVALID_SUBMISSIONS)
def test_create_refuses_invalid_schedule(editor, calendar, case):
    overrides, field, message = INVALID_SUBMISSIONS[case]
    response = post_invalid(editor, add_url(ActivityPage, calendar), valid_data(**overrides))
    assert response.context["form"].errors[field] == [in_admin_language(message)]
    assert in_admin_language(message) in page_text(response)
    assert not ActivityPage.objects.exists()
    assert not Occurrence.objects.exists()


@pytest.mark.parametrize("case", INVALID_SUBMISSIONS)
def test_edit_refuses_invalid_schedule(editor, calendar, case):
    activity = ActivityPageFactory(
        parent=calendar, title="Fællessang", start=START, end=START + dt.timedelta(hours=2)
    )
    revisions = activity.revisions.count()
    overrides, field, message = INVALID_SUBMISSIONS[case]

    response = post_invalid(editor, edit_url(activity), valid_data(**overrides))

    assert response.context["form"].errors[field] == [in_admin_language(message)]
    activity.refresh_from_db()
    assert activity.revisions.count() == revisions
    assert (activity.end, activity.recurrence) == (START + dt.timedelta(hours=2), "")
    assert activity.occurrences.count() == 1


def test_valid_edit_is_saved_and_rebuilds_occurrences(editor, calendar):
    activity = ActivityPageFactory(
        parent=calendar, title="Fællessang", start=START, end=START + dt.timedelta(hours=2)
    )
    data = valid_data(recurrence="biweekly", recurrence_until="02.06.2026")
    response = editor.post(edit_url(activity), {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    assert [o.start.date() for o in activity.occurrences.all()] == [
        dt.date(2026, 5, 5),
        dt.date(2026, 5, 19),
        dt.date(2026, 6, 2),
    ]


def test_excluded_dates_from_the_form_are_skipped(editor, calendar):
    data = valid_data(recurrence="weekly", recurrence_until="26.05.2026")
    data.update(nested_form_data({"excluded_dates": inline_formset([{"date": "12.05.2026"}])}))
    response = editor.post(add_url(ActivityPage, calendar), {**data, "action-publish": "1"})
    assert response.status_code == 302
    activity = ActivityPage.objects.get()
    assert [timezone.localtime(o.start).date() for o in activity.occurrences.all()] == [
        dt.date(2026, 5, 5),
        dt.date(2026, 5, 19),
        dt.date(2026, 5, 26),
    ]


def test_missing_place_is_refused(editor, calendar):
    response = post_invalid(
        editor, add_url(ActivityPage, calendar), valid_data(address="", facility="")
    )
    assert response.context["form"].errors["address"] == [
        in_admin_language("Choose a facility or enter an address.")
    ]
    assert not ActivityPage.objects.exists()


@pytest.mark.parametrize("case", INVALID_SUBMISSIONS)
def test_errors_are_shown_in_danish(editor, calendar, case):
    overrides, _field, message = INVALID_SUBMISSIONS[case]
    response = post_invalid(editor, add_url(ActivityPage, calendar), valid_data(**overrides))
    assert EXPECTED_DANISH[message] in page_text(response)
