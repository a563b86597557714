"""After the deadline: the form closes, staff export the answers, the decision is emailed once."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from hearings.factories import HearingAnswerFactory
from hearings.models import HearingAnswer
from tests.associations.world import MODERATORS_GROUP_NAME, make_user
from tests.hearings.conftest import answer_data, days

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","klik")'


def test_the_form_closes_after_the_deadline_also_for_a_late_post(client, hearings):
    closed = hearings.add(slug="lukket", start=days(-30), deadline=days(-1))
    page = client.get(closed.url + "svar/")
    assert "Høringen sluttede den" in page.content.decode()
    assert b'enctype="multipart/form-data"' not in page.content
    late = client.post(closed.url + "svar/", answer_data())
    assert late.status_code == 410
    assert "Høringen sluttede den" in late.content.decode()
    assert HearingAnswer.objects.count() == 0


@pytest.fixture
def staff(client):
    client.force_login(make_user("mette", groups=[MODERATORS_GROUP_NAME]))


def test_csv_export_has_every_answer_and_neutralises_formulas(client, hearings, staff):
    HearingAnswerFactory(hearing=hearings.hearing, name=FORMULA, text="<script>alert(1)</script>")
    HearingAnswerFactory(hearing=hearings.hearing, status=HearingAnswer.Status.REJECTED)
    response = client.get(reverse("hearing_answers:index") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 3
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
    assert "<script>alert(1)</script>" in cells


def test_xlsx_export_writes_formulas_as_text(client, hearings, staff):
    HearingAnswerFactory(hearing=hearings.hearing, name=FORMULA)
    response = client.get(reverse("hearing_answers:index") + "?export=xlsx")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    names = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert names and all(cell.data_type == "s" for cell in names)


def decide(hearing, **fields):
    for name, value in {
        "start": days(-60),
        "deadline": days(-30),
        "decision_date": days(-1),
        "decision_text": "Byrådet vedtog planen med 80 boliger i stedet for 120.",
        **fields,
    }.items():
        setattr(hearing, name, value)
    hearing.save_revision().publish()


def test_publishing_the_decision_emails_every_respondent_once(
    hearings, smtp_server, django_capture_on_commit_callbacks
):
    from core.models import MunicipalitySettings

    hearing = hearings.hearing
    MunicipalitySettings.objects.update_or_create(
        site=hearing.get_site(), defaults={"name": "Vallensbæk Kommune"}
    )
    HearingAnswerFactory(hearing=hearing, email="karen@example.com", text="Første svar")
    HearingAnswerFactory(hearing=hearing, email="KAREN@example.com", text="Andet svar")
    HearingAnswerFactory(hearing=hearing, email="poul@example.com")
    HearingAnswerFactory(hearing=hearing, email="", channel="phone")
    with django_capture_on_commit_callbacks(execute=True):
        decide(hearing)
    assert sorted(m.envelope_to[0].lower() for m in smtp_server.received) == [
        "karen@example.com",
        "poul@example.com",
    ]
    (mail,) = smtp_server.messages_to("poul@example.com")
    assert "80 boliger" in mail.body
    # Signed by the municipality, though the worker has no request to find the site from.
    assert mail.body.replace("\r\n", "\n").rstrip().endswith("Venlig hilsen\nVallensbæk Kommune")
    with django_capture_on_commit_callbacks(execute=True):
        hearing.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        decide(hearing, decision_text="Byrådet vedtog planen med 80 boliger. Rettet stavefejl.")
    assert len(smtp_server.received) == 2


def test_no_decision_email_before_the_decision_date(
    hearings, smtp_server, django_capture_on_commit_callbacks
):
    HearingAnswerFactory(hearing=hearings.hearing)
    with django_capture_on_commit_callbacks(execute=True):
        decide(hearings.hearing, decision_date=days(3))
    assert smtp_server.received == []
