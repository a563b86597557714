"""Importing Eventdatabasen and Kultunaut files: drafts in moderation, dedupe, updates, skips."""

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from activities.factories import ActivityIndexPageFactory
from activities.models import ActivityPage
from eventimport.models import ImportedEvent
from home.factories import home_for_default_site

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def calendar(db):
    from associations.access import attach_workflow

    calendar = ActivityIndexPageFactory(parent=home_for_default_site())
    attach_workflow(calendar)  # as the signal does for every calendar
    return calendar


def run(source, path, **options) -> str:
    out = io.StringIO()
    call_command("import_events", source=source, file=str(path), stdout=out, **options)
    return out.getvalue()


def test_eventdatabasen_creates_drafts_in_moderation(calendar):
    output = run("eventdatabasen", FIXTURES / "eventdatabasen.json")
    assert "3 created, 0 updated, 2 skipped" in output
    assert "skipped  4713: Arrangementet har ingen titel." in output
    assert "skipped  4714: Arrangementet slutter, før det begynder." in output
    pages = ActivityPage.objects.filter(imported_from__isnull=False)
    assert pages.count() == 3
    assert not pages.filter(live=True).exists()
    for page in pages:
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
    concert = pages.filter(title="Koncert: Vallensbæk Big Band").order_by("start").first()
    assert concert.address == "Vallensbæk Kulturhus, Idrætsvej 2, 2625 Vallensbæk"
    assert concert.department == "Vallensbæk Musikskole"
    body = str(concert.body)
    assert "<script>" not in body and "alert(1)" in body  # text kept, never markup
    assert ImportedEvent.objects.get(page=concert).source_id == "4711/2027-03-12T19:30:00+01:00"


def test_a_second_run_creates_nothing_and_a_change_updates_the_draft(calendar, tmp_path):
    run("eventdatabasen", FIXTURES / "eventdatabasen.json")
    output = run("eventdatabasen", FIXTURES / "eventdatabasen.json")
    assert "0 created, 0 updated, 5 skipped (3 unchanged, 2 with errors)" in output
    assert "uændret siden sidste import" in output

    data = json.loads((FIXTURES / "eventdatabasen.json").read_text())
    data["hydra:member"][1]["title"] = "Bogcafé for seniorer – ny dato"
    data["hydra:member"][1]["occurrences"][0]["end"] = "2027-04-07T17:00:00+02:00"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data))
    output = run("eventdatabasen", changed)
    assert "0 created, 1 updated" in output
    imported = ImportedEvent.objects.get(source_id__startswith="4712/")
    latest = imported.page.get_latest_revision_as_object()
    assert latest.title == "Bogcafé for seniorer – ny dato"
    assert timezone.localtime(latest.end).hour == 17
    assert not ActivityPage.objects.get(pk=imported.page_id).live
    assert ActivityPage.objects.filter(imported_from__isnull=False).count() == 3


def test_kultunaut_xml_reads_free_text_times(calendar):
    output = run("kultunaut-xml", FIXTURES / "kultunaut.xml")
    assert "3 created, 0 updated, 1 skipped" in output
    assert "skipped  900104: Tidspunktet 'kl. 25' kan ikke læses." in output
    choir = ActivityPage.objects.get(title="Korkoncert i kirken")
    assert (choir.local_start.hour, choir.local_start.minute) == (19, 0)
    assert choir.end - choir.start == dt.timedelta(hours=2)
    talk = ActivityPage.objects.get(title="Foredrag: Vallensbæks historie")
    assert (talk.local_start.hour, talk.local_start.minute) == (19, 30)
    assert ActivityPage.objects.get(title="Strandfestival").all_day


def test_kultunaut_json(calendar):
    output = run("kultunaut-json", FIXTURES / "kultunaut.json")
    assert "2 created, 0 updated, 1 skipped" in output
    assert "skipped  800203: Startdatoen mangler.\n" in output
    assert "None" not in output
    theatre = ActivityPage.objects.get(title="Børneteater: Klodsmajor")
    assert (theatre.local_start.hour, theatre.end.astimezone(theatre.tz).hour) == (10, 11)
    assert ImportedEvent.objects.get(page=theatre).source == "kultunaut"


def test_the_source_is_shown_on_the_published_page_and_in_the_admin(calendar, client):
    from associations.access import MODERATORS_GROUP_NAME
    from tests.associations.world import PASSWORD, make_user

    run("kultunaut-xml", FIXTURES / "kultunaut.xml")
    choir = ActivityPage.objects.get(title="Korkoncert i kirken")
    choir.save_revision().publish()
    html = client.get(choir.url).content.decode()
    assert "Kilde:" in html and "Kultunaut" in html
    make_user("mette", groups=[MODERATORS_GROUP_NAME])
    client.login(username="mette", password=PASSWORD)
    listing = client.get(reverse("eventimport_index")).content.decode()
    assert "Korkoncert i kirken" in listing and "900101" in listing


@pytest.mark.parametrize(
    ("source", "content", "message"),
    [
        ("eventdatabasen", b'{"hydra:member": [', "Filen er ikke gyldig JSON"),
        ("eventdatabasen", b'{"foo": 1}', "Filen har ingen liste over arrangementer"),
        ("kultunaut-xml", b"<arrlist><arr>", "Filen er ikke gyldig XML"),
        ("kultunaut-xml", b"<rss></rss>", "Filen er ikke en Kultunaut-eksport"),
        (
            "kultunaut-xml",
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><arrlist>&e;</arrlist>',
            "Filen er ikke gyldig XML",
        ),
        ("kultunaut-json", b"\xff\xfe", "Filen er ikke gyldig JSON"),
    ],
)
def test_a_malformed_file_is_a_clear_error_and_imports_nothing(
    calendar, tmp_path, source, content, message
):
    path = tmp_path / "bad"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(source, path)
    assert not ImportedEvent.objects.exists()
    assert not ActivityPage.objects.exists()


def test_a_10000_item_file_is_refused_before_anything_is_written(calendar, tmp_path, settings):
    settings.EVENT_IMPORT_MAX_ITEMS = 5000
    item = {
        "ArrNr": 0,
        "ArrKunstner": "Koncert",
        "ArrTidspunkt": "kl. 19-21",
        "Startdato": "2027-05-01",
        "StedNavn": "Kulturhuset",
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{**item, "ArrNr": n} for n in range(10_000)]))
    with pytest.raises(CommandError, match="Filen har 10000 arrangementer; højst 5000"):
        run("kultunaut-json", path)
    assert not ActivityPage.objects.exists()


def test_an_item_failing_half_way_leaves_nothing_of_it(calendar, monkeypatch):
    """The workflow start fails after the page and its revision were made: all rolled back."""
    from eventimport import importer

    calls = {"n": 0}
    original = importer._submit

    def fail_second(page):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("workflow unavailable")
        original(page)

    monkeypatch.setattr(importer, "_submit", fail_second)
    output = run("kultunaut-xml", FIXTURES / "kultunaut.xml")
    assert "2 created" in output
    assert "skipped  900102: Ikke gemt: workflow unavailable" in output
    assert not ActivityPage.objects.filter(title="Foredrag: Vallensbæks historie").exists()
    assert ImportedEvent.objects.count() == 2
    # The next run picks it up.
    monkeypatch.setattr(importer, "_submit", original)
    assert "1 created" in run("kultunaut-xml", FIXTURES / "kultunaut.xml")
