"""Issue #12, item 8: personal data has a lifecycle (``manage.py purge_personal_data``).

Each kind is created twice, just past its period and just inside it; the job must delete or
anonymise exactly the first, and a dry run must change nothing at all.
"""

import datetime as dt
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from activities.models import ActivityPage
from associations.invitations import invite_member
from associations.models import Membership
from recognition.models import Nomination
from submissions.models import Submission

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days, extra_minutes=0):
    return NOW - dt.timedelta(days=days, minutes=extra_minutes)


def submission(world, name, age_days, page=None):
    row = Submission.objects.create(
        kind=Submission.Kind.ACTIVITY,
        page=page or world.municipal_activity,
        title="Loppemarked",
        name=name,
        email=f"{name.lower()}@example.com",
        phone="20 30 40 50",
    )
    Submission.objects.filter(pk=row.pk).update(created_at=days_ago(age_days))
    return row


def nomination(world, nominee, age_days, **fields):
    defaults = {
        "association": world.association_a,
        "reason": f"{nominee} har trænet børneholdet hver lørdag i 20 år.",
        "nominator_name": "Jens Larsen",
        "nominator_email": "jens@example.com",
        "nominator_phone": "20 30 40 50",
        "staff_note": "Ringede til Jens",
        "year": 2025,
    }
    row = Nomination.objects.create(nominee_name=nominee, **{**defaults, **fields})
    Nomination.objects.filter(pk=row.pk).update(created_at=days_ago(age_days))
    return row


def search_term(text, *ages):
    query = Query.get(text)
    for age in ages:
        QueryDailyHits.objects.create(query=query, date=(NOW - dt.timedelta(days=age)).date())
    return query


def invited(world, email, age_days):
    invitation = invite_member(world.association_b, email, send_email=False)
    get_user_model().objects.filter(pk=invitation.user.pk).update(date_joined=days_ago(age_days))
    Membership.objects.filter(user=invitation.user).update(created_at=days_ago(age_days))
    return invitation.user


@pytest.fixture
def data(world, settings):
    """Every kind, past and inside its period (the defaults: 180, 365, 30 and 90 days)."""
    assert (
        settings.SUBMISSION_RETENTION_DAYS,
        settings.NOMINATION_RETENTION_DAYS,
        settings.WAGTAILSEARCH_HITS_MAX_AGE,
        settings.INVITATION_RETENTION_DAYS,
    ) == (180, 365, 30, 90)
    promoted = search_term("svømmehal", 40)
    SearchPromotion.objects.create(query=promoted, page=world.standard_page, sort_order=0)
    return {
        "old_submission": submission(world, "Karen", 181),
        "new_submission": submission(world, "Ole", 179),
        "old_nomination": nomination(world, "Birthe Nielsen", 366),
        "old_shortlisted": nomination(
            world, "Poul Hansen", 366, status=Nomination.Status.SHORTLISTED
        ),
        "new_nomination": nomination(world, "Tove Lindberg", 364),
        "old_winner": nomination(
            world,
            "Grethe Holm",
            400,
            status=Nomination.Status.WINNER,
            celebration_page=world.standard_page,
            nominee_consent_at=days_ago(390),
            nominee_consent_by=world.moderator,
            nominee_consent_note="Pr. telefon til Mette",
        ),
        "new_winner": nomination(world, "Kaj Olsen", 100, status=Nomination.Status.WINNER),
        "old_term": search_term("cpr 010203-1234", 31, 45),
        "mixed_term": search_term("genbrugsplads", 31, 2),
        "promoted_term": promoted,
        "old_invitation": invited(world, "gammel@example.com", 91),
        "new_invitation": invited(world, "ny@example.com", 89),
    }


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """Every row the job may touch, with every column."""
    models = [Submission, Nomination, Query, QueryDailyHits, get_user_model(), Membership]
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}


def test_dry_run_changes_nothing_and_counts_each_kind(data):
    before = snapshot()

    out = purge("--dry-run")

    assert snapshot() == before
    lines = out.splitlines()
    assert lines[0] == "Tørkørsel: intet bliver ændret."

    def line(start):
        return next(text for text in lines if text.strip().startswith(start))

    assert line("Offentlige forslag").endswith(": 1 post ville blive slettet")
    assert "gemmes 180 dage" in line("Offentlige forslag")
    assert line("Indstillinger, der ikke blev valgt").endswith(": 2 poster ville blive slettet")
    assert line("Vindernes indstillinger").endswith(": 1 post ville blive anonymiseret")
    # Old counts of the cpr term (2) and the mixed term (1), and the promoted term's (1).
    assert line("Søgeord: daglige").endswith(": 4 poster ville blive slettet")
    assert line("Søgeord, der ikke længere").endswith(": 1 post ville blive slettet")
    assert line("Invitationer").endswith(": 1 post ville blive slettet")
    assert lines[-1] == "I alt: 9 poster ville blive slettet, 1 post ville blive anonymiseret."


def test_the_job_deletes_exactly_what_is_past_its_period(data, world):
    purge()

    assert set(Submission.objects.values_list("pk", flat=True)) == {data["new_submission"].pk}
    assert set(Nomination.objects.values_list("pk", flat=True)) == {
        data["new_nomination"].pk,
        data["old_winner"].pk,
        data["new_winner"].pk,
    }
    assert set(Query.objects.values_list("query_string", flat=True)) == {
        "genbrugsplads",
        "svømmehal",
    }
    assert list(QueryDailyHits.objects.values_list("query__query_string", flat=True)) == [
        "genbrugsplads"
    ]
    users = get_user_model().objects
    assert not users.filter(email="gammel@example.com").exists()
    assert not Membership.objects.filter(user_id=data["old_invitation"].pk).exists()
    assert users.filter(email="ny@example.com").exists()
    # Accounts in use are never touched, however old.
    assert (
        users.filter(pk__in=[world.member_a.pk, world.member_b.pk, world.moderator.pk]).count()
        == 3
    )


def test_a_winner_keeps_name_and_consent_but_loses_the_personal_details(client, data, world):
    purge()

    winner = Nomination.objects.get(pk=data["old_winner"].pk)
    assert (winner.nominee_name, winner.year, winner.association) == (
        "Grethe Holm",
        2025,
        world.association_a,
    )
    assert winner.has_consent and winner.nominee_consent_note == "Pr. telefon til Mette"
    assert (winner.nominator_name, winner.nominator_email, winner.nominator_phone) == ("", "", "")
    assert (winner.reason, winner.staff_note) == ("", "")
    assert winner.anonymised_at is not None
    assert "Grethe Holm (2025)" in client.get(world.association_a.url).content.decode()
    # The newer winner is untouched.
    assert Nomination.objects.get(pk=data["new_winner"].pk).nominator_email == "jens@example.com"


def test_a_second_run_finds_nothing(data):
    purge()
    after_first = snapshot()

    out = purge()

    assert snapshot() == after_first
    assert out.splitlines()[-1] == "I alt: 0 poster slettet, 0 poster anonymiseret."


def test_the_periods_come_from_the_settings(world, settings):
    settings.SUBMISSION_RETENTION_DAYS = 10
    settings.NOMINATION_RETENTION_DAYS = 1000
    recent = submission(world, "Karen", 11)
    kept = nomination(world, "Birthe Nielsen", 999)

    purge()

    assert not Submission.objects.filter(pk=recent.pk).exists()
    assert Nomination.objects.filter(pk=kept.pk).exists()


@pytest.mark.parametrize("value", [0, -5, "180"])
def test_a_wrong_period_is_a_clear_error_and_nothing_is_deleted(world, settings, value):
    settings.SUBMISSION_RETENTION_DAYS = value
    old = submission(world, "Karen", 400)

    with pytest.raises(CommandError, match="SUBMISSION_RETENTION_DAYS must be a whole number"):
        purge()

    assert Submission.objects.filter(pk=old.pk).exists()


def test_deleting_a_suggested_draft_deletes_who_sent_it(world):
    """Was SET_NULL: the sender's details outlived the suggestion forever."""
    draft = ActivityPage(
        title="Loppemarked på Pilegården",
        slug="loppemarked",
        summary="Kom og gør et godt køb.",
        start=world.municipal_activity.start,
        end=world.municipal_activity.end,
        address="Pilegården",
        live=False,
    )
    world.activity_index.add_child(instance=draft)
    sender = submission(world, "Karen", 1, page=draft)
    other = submission(world, "Ole", 1)

    draft.delete()

    assert not Submission.objects.filter(pk=sender.pk).exists()
    assert Submission.objects.filter(pk=other.pk).exists()


def test_a_submission_left_without_its_page_goes_with_the_next_run(world):
    orphan = submission(world, "Karen", 1)
    Submission.objects.filter(pk=orphan.pk).update(page=None)  # as the old SET_NULL left it

    out = purge("--dry-run")
    assert "Offentlige forslag" in out and "1 post ville blive slettet" in out
    purge()

    assert not Submission.objects.filter(pk=orphan.pk).exists()


def test_the_admin_history_forgets_the_names_of_deleted_nominations(client, world):
    """Wagtail's history labels entries with str(obj) and keeps them after the deletion."""
    from django.urls import reverse
    from wagtail.models import ModelLogEntry

    gone = nomination(world, "Birthe Nielsen", 1)
    kept = nomination(world, "Tove Lindberg", 1)
    client.force_login(world.moderator)
    for row in (gone, kept):
        ModelLogEntry.objects.log_action(row, "wagtail.edit", user=world.moderator)
    client.post(reverse("nominations:delete", args=[gone.pk]))
    assert ModelLogEntry.objects.filter(label__contains="Birthe Nielsen").count() == 2

    out = purge("--dry-run")
    assert ModelLogEntry.objects.filter(label__contains="Birthe Nielsen").count() == 2
    assert "den frivilliges navn i hver post (straks): 2 poster ville blive anonymiseret" in out
    purge()

    assert not ModelLogEntry.objects.filter(label__contains="Birthe Nielsen").exists()
    # Who did what, and when, stays; the entries of the nomination that still exists too.
    actions = ModelLogEntry.objects.filter(object_id=str(gone.pk)).values_list("action", "label")
    assert sorted(actions) == [("wagtail.delete", f"#{gone.pk}"), ("wagtail.edit", f"#{gone.pk}")]
    assert ModelLogEntry.objects.filter(label__contains="Tove Lindberg").count() == 1
    assert "(straks): 0 poster" in purge("--dry-run")
