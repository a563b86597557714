"""Two people take the last place at the same moment: one gets it, the other waits (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from signups import services
from signups.models import Registration, SignupOption

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL's concurrency"
)


@pytest.fixture(autouse=True)
def _locale(transactional_db):
    from wagtail.models import Collection, Locale, Page

    locale, _created = Locale.objects.get_or_create(language_code="da")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_place_at_once_one_gets_it(falltest):
    option = SignupOption.objects.create(activity=falltest, capacity=1, waiting_list=True)
    barrier = threading.Barrier(2)
    results, errors = {}, []

    def take(email):
        try:
            barrier.wait(timeout=10)
            registration = services.sign_up(
                SignupOption.objects.get(pk=option.pk),
                services.Applicant(name=email.split("@")[0], email=email),
            )
            results[email] = registration.status
        except Exception as error:  # reported below, not swallowed
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=take, args=(email,))
        for email in ("anna@example.com", "bo@example.com")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(results.values()) == [Registration.Status.CONFIRMED, Registration.Status.WAITING]
    assert option.seats_taken() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_address_twice_at_once_is_saved_once(falltest):
    option = SignupOption.objects.create(activity=falltest, capacity=5)
    barrier = threading.Barrier(2)
    outcomes = []

    def take():
        try:
            barrier.wait(timeout=10)
            services.sign_up(option, services.Applicant(name="Karen", email="Karen@example.com"))
            outcomes.append("saved")
        except services.SignupError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["duplicate", "saved"]
    assert Registration.objects.count() == 1
