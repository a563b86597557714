"""The admin's password reset cannot flood a mailbox, nor tell who has an account (#12, 4).

E-mail goes through a real SMTP server on loopback.
"""

import re

import pytest

RESET_URL = "/admin/password_reset/"
DONE_URL = "/admin/password_reset/done/"


@pytest.fixture
def reset_limits(settings):
    settings.PASSWORD_RESET_RATE_LIMIT = "3/h"
    settings.PASSWORD_RESET_CLIENT_RATE_LIMIT = "10/h"


def ask(client, email, address="198.51.100.7"):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address)


@pytest.mark.usefixtures("rate_clock")
def test_an_address_gets_at_most_three_reset_mails_an_hour(
    client, world, smtp_inbox, reset_limits
):
    email = world.moderator.email
    answers = [ask(client, email, address=f"203.0.113.{n}") for n in range(1, 21)]

    assert [a.status_code for a in answers[:3]] == [302, 302, 302]
    assert {a.status_code for a in answers[3:]} == {429}
    assert len(smtp_inbox.to(email)) == 3
    refused = answers[3].content.decode()
    assert "Der er bedt om at nulstille en adgangskode mange gange på kort tid" in refused
    # "Vent 1 minut" near the end of the hour's window, else "Vent 37 minutter".
    assert re.search(r"Vent \d+ minut(ter)?, og prøv igen", refused)
    assert int(answers[3]["Retry-After"]) > 0


@pytest.mark.usefixtures("rate_clock")
def test_the_limit_counts_case_and_spaces_as_the_same_address(
    client, world, smtp_inbox, reset_limits
):
    email = world.moderator.email
    for variant in (email, email.upper(), f"  {email} "):
        assert ask(client, variant, address="203.0.113.1").status_code == 302

    assert ask(client, email.title(), address="203.0.113.2").status_code == 429
    assert len(smtp_inbox.to(email)) == 3


@pytest.mark.usefixtures("rate_clock")
def test_one_client_cannot_ask_for_many_addresses(client, world, smtp_inbox, reset_limits):
    answers = [ask(client, f"person{n}@example.com") for n in range(10)]
    assert {a.status_code for a in answers} == {302}

    blocked = ask(client, world.moderator.email)
    other_client = ask(client, world.moderator.email, address="203.0.113.50")

    assert blocked.status_code == 429
    assert other_client.status_code == 302
    assert len(smtp_inbox.to(world.moderator.email)) == 1


@pytest.mark.usefixtures("rate_clock")
def test_the_answer_does_not_tell_whether_the_address_has_an_account(
    client, world, smtp_inbox, reset_limits
):
    known = ask(client, world.moderator.email, address="203.0.113.1")
    unknown = ask(client, "ingen-konto@example.com", address="203.0.113.2")

    assert (known.status_code, known["Location"]) == (302, DONE_URL)
    assert (unknown.status_code, unknown["Location"]) == (302, DONE_URL)
    assert len(smtp_inbox.to(world.moderator.email)) == 1
    assert smtp_inbox.to("ingen-konto@example.com") == []
    # Unknown addresses count towards the limit as well, so being refused tells nothing.
    for _ in range(2):
        ask(client, "ingen-konto@example.com", address="203.0.113.3")
    assert ask(client, "ingen-konto@example.com", address="203.0.113.4").status_code == 429


def test_bad_input_gets_a_form_error_not_a_500(client, world, reset_limits):
    for email in ("ikke-en-adresse", "a\x00b@example.com", "x" * 10_000 + "@example.com"):
        response = ask(client, email)
        assert response.status_code in (200, 429)
        assert "error" in response.content.decode()
