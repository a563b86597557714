"""Answerers' personal data goes on the hearing's deletion date; one answer goes on request."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from hearings.factories import HearingAnswerFactory
from hearings.models import AnswerAttachment, HearingAnswer, HearingPage
from tests.hearings.conftest import days

pytestmark = pytest.mark.django_db


def attach(answer) -> str:
    attachment = AnswerAttachment(answer=answer, original_name="bilag.pdf", size=10)
    attachment.file.save("bilag.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    attachment.save()
    return attachment.file.name


def decided(hearings, **fields) -> HearingPage:
    return hearings.add(
        slug=fields.pop("slug", "afgjort"),
        start=days(-500),
        deadline=days(-450),
        decision_date=days(-400),
        decision_text="Vedtaget.",
        **fields,
    )


def test_the_retention_date_defaults_to_12_months_after_the_decision(hearings):
    hearing = decided(hearings)
    assert hearing.effective_retention_date() == days(-400).replace(year=days(-400).year + 1)


def test_the_command_deletes_personal_data_and_files_and_keeps_the_published_text(
    hearings, django_capture_on_commit_callbacks, capsys
):
    hearing = decided(hearings, anonymise_answers=True)
    published = HearingAnswerFactory(
        hearing=hearing,
        status=HearingAnswer.Status.PUBLISHED,
        text="Min nabo Jens larmer. Planen er god.",
        redacted_passages="Jens",
    )
    published_file = attach(published)
    rejected = HearingAnswerFactory(hearing=hearing, status=HearingAnswer.Status.REJECTED)
    rejected_file = attach(rejected)
    kept = HearingAnswerFactory(hearing=hearings.hearing)  # open hearing: untouched
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_personal_data")
    out = capsys.readouterr().out
    assert "Høringssvar" in out or "Hearing answers" in out
    published.refresh_from_db()
    assert published.text == "Min nabo […] larmer. Planen er god."
    assert (published.email, published.address, published.name) == ("", "", "Anonym")
    assert published.anonymised
    assert not published.attachments.exists()
    assert not default_storage.exists(published_file)
    assert not HearingAnswer.objects.filter(pk=rejected.pk).exists()
    assert not default_storage.exists(rejected_file)
    kept.refresh_from_db()
    assert kept.email and not kept.anonymised
    hearing.refresh_from_db()
    assert hearing.personal_data_deleted_at is not None
    # Idempotent: a second run changes nothing.
    call_command("purge_personal_data")
    published.refresh_from_db()
    assert published.text == "Min nabo […] larmer. Planen er god."


def test_names_stay_when_the_hearing_does_not_anonymise(hearings):
    hearing = decided(hearings, retention_date=days(-1))
    answer = HearingAnswerFactory(hearing=hearing, status=HearingAnswer.Status.PUBLISHED)
    call_command("purge_personal_data")
    answer.refresh_from_db()
    assert answer.name.startswith("Borger")
    assert answer.email == ""


def test_an_erasure_request_needs_reference_and_email(
    hearings, django_capture_on_commit_callbacks
):
    answer = HearingAnswerFactory(hearing=hearings.hearing, email="karen@example.com")
    name = attach(answer)
    with pytest.raises(CommandError, match=r"intet er slettet\. Tjek begge dele\."):
        call_command("erase_hearing_answer", answer.reference, "someone@example.com")
    assert HearingAnswer.objects.filter(pk=answer.pk).exists()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "erase_hearing_answer", answer.reference.lower(), "KAREN@example.com", stdout=out
        )
    assert "og dets filer er slettet." in out.getvalue()
    assert not HearingAnswer.objects.filter(pk=answer.pk).exists()
    assert not default_storage.exists(name)
