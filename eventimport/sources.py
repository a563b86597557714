"""One mapping per source: its records, as ``Item``s the importer turns into activities.

- Eventdatabasen v2: JSON-LD/hydra (``hydra:member``); an event has ``entityId``, ``title``,
  ``excerpt``, ``description`` (HTML), ``url``, ``organizer``, ``location`` and
  ``occurrences`` [{start, end}]. Each occurrence becomes its own activity
  (source id ``<entityId>/<start>``), as the calendar shows one date per activity here.
- Kultunaut XML: ``<arrlist><arr>`` with sted, startdato, slutdato, tid (free text),
  overskrift, beskrivelse, kategori, billede, url; there is no id field, so ``url`` (or the
  ``id``/``arrnr`` attribute or element where the export has one) is the id.
- Kultunaut JSON: ArrNr, ArrKunstner, ArrBeskrivelse, ArrLangBeskriv (HTML), ArrGenre,
  ArrTidspunkt (free text), Startdato, Slutdato, StedNavn, BilledeUrl.

A record that cannot be mapped raises ``SkipItem`` with the reason, in Danish.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET  # nosec B405 - parsed with defusedxml below

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from .times import UnreadableTime, parse_time_text


class SkipItem(Exception):
    """This record is not imported; ``str(error)`` says why."""


class MalformedFile(Exception):
    """The whole file cannot be read; nothing is imported."""


@dataclass
class Item:
    source_id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    summary: str = ""
    description: str = ""
    address: str = ""
    organiser: str = ""
    url: str = ""
    image_url: str = ""
    categories: list[str] = field(default_factory=list)

    def fingerprint(self) -> dict:
        return {
            key: (value.isoformat() if isinstance(value, dt.datetime) else value)
            for key, value in self.__dict__.items()
        }


def _tz():
    return timezone.get_default_timezone()


def _text(value, limit: int) -> str:
    return " ".join(str(value or "").split())[:limit]


def _aware(value: str, what: str) -> dt.datetime:
    parsed = parse_datetime(value or "") if isinstance(value, str) else None
    if parsed is None:
        raise SkipItem(
            _("%(what)s is not a date and time: %(value)r") % {"what": what, "value": value}
        )
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, _tz())


def _required_id(value) -> str:
    text = _text(value, 100)
    if not text:
        raise SkipItem(_("The event has no id."))
    return text


def _title(value) -> str:
    title = _text(value, 255)
    if not title:
        raise SkipItem(_("The event has no title."))
    return title


# Eventdatabasen ----------------------------------------------------------------------------


def eventdatabasen(data: bytes) -> Iterator[Item | SkipItem]:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise MalformedFile(
            _("The file is not valid JSON: %(error)s") % {"error": error}
        ) from None
    members = document.get("hydra:member") if isinstance(document, dict) else document
    if not isinstance(members, list):
        raise MalformedFile(_("The file has no list of events (hydra:member)."))
    check_count(len(members))
    for record in members:
        try:
            yield from _eventdatabasen_event(record)
        except SkipItem as skip:
            skip.source_id = str(record.get("entityId", "?")) if isinstance(record, dict) else "?"
            yield skip


def _eventdatabasen_event(record) -> Iterator[Item]:
    if not isinstance(record, dict):
        raise SkipItem(_("The record is not an object."))
    entity_id = _required_id(record.get("entityId"))
    title = _title(record.get("title"))
    location = record.get("location") or {}
    address = ", ".join(
        part
        for part in (
            _text(location.get("name"), 100),
            _text(location.get("street"), 100),
            " ".join(
                filter(
                    None, [_text(location.get("postalCode"), 10), _text(location.get("city"), 60)]
                )
            ),
        )
        if part
    )
    occurrences = record.get("occurrences") or []
    if not occurrences:
        raise SkipItem(_("The event has no dates."))
    for occurrence in occurrences:
        if not isinstance(occurrence, dict):
            raise SkipItem(_("A date of the event is not an object."))
        start = _aware(occurrence.get("start"), _("The start"))
        end = (
            _aware(occurrence.get("end"), _("The end"))
            if occurrence.get("end")
            else start + dt.timedelta(hours=2)
        )
        if end <= start:
            raise SkipItem(_("The event ends before it starts."))
        yield Item(
            source_id=f"{entity_id}/{start.isoformat()}",
            title=title,
            start=start,
            end=end,
            summary=_text(record.get("excerpt"), 300),
            description=str(record.get("description") or "")[:20000],
            address=address[:200],
            organiser=_text((record.get("organizer") or {}).get("name"), 120),
            url=_text(record.get("url"), 500),
            image_url=_text((record.get("imageUrls") or {}).get("large"), 500),
            categories=[
                _text(tag, 60) for tag in record.get("tags") or [] if isinstance(tag, str)
            ],
        )


# Kultunaut ---------------------------------------------------------------------------------


def _kultunaut_item(
    source_id,
    title,
    start_date,
    end_date,
    time_text,
    place,
    summary,
    description,
    category,
    image,
    url,
) -> Item:
    source_id = _required_id(source_id)
    title = _title(title)
    if start_date is None or (isinstance(start_date, str) and not start_date.strip()):
        raise SkipItem(_("The start date is missing."))  # not Python's "None" in the report
    first = parse_date(start_date.strip()[:10]) if isinstance(start_date, str) else None
    if first is None:
        raise SkipItem(
            _("The start date is missing or not a date: %(value)r") % {"value": start_date}
        )
    last = parse_date((end_date or "").strip()[:10]) or first
    if last < first:
        raise SkipItem(_("The event ends before it starts."))
    try:
        start_time, end_time = parse_time_text(time_text or "")
    except UnreadableTime:
        raise SkipItem(_("The time %(value)r cannot be read.") % {"value": time_text}) from None
    tz = _tz()
    if start_time is None:
        start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
        end = dt.datetime.combine(last, dt.time(23, 59), tzinfo=tz)
        all_day = True
    else:
        start = dt.datetime.combine(first, start_time, tzinfo=tz)
        if end_time is not None:
            end = dt.datetime.combine(last, end_time, tzinfo=tz)
            if end <= start:  # "kl. 22-02": past midnight
                end += dt.timedelta(days=1)
        else:
            end = start + dt.timedelta(hours=2)
        all_day = False
    return Item(
        source_id=source_id,
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        summary=_text(summary, 300),
        description=str(description or "")[:20000],
        address=_text(place, 200),
        url=_text(url, 500),
        image_url=_text(image, 500),
        categories=[_text(category, 60)] if category else [],
    )


def kultunaut_json(data: bytes) -> Iterator[Item | SkipItem]:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise MalformedFile(
            _("The file is not valid JSON: %(error)s") % {"error": error}
        ) from None
    if isinstance(document, dict):
        document = document.get("arrangementer") or document.get("items")
    if not isinstance(document, list):
        raise MalformedFile(_("The file has no list of events."))
    check_count(len(document))
    for record in document:
        if not isinstance(record, dict):
            skip = SkipItem(_("The record is not an object."))
            skip.source_id = "?"
            yield skip
            continue
        try:
            yield _kultunaut_item(
                record.get("ArrNr"),
                record.get("ArrKunstner"),
                record.get("Startdato"),
                record.get("Slutdato"),
                record.get("ArrTidspunkt"),
                record.get("StedNavn"),
                record.get("ArrBeskrivelse"),
                record.get("ArrLangBeskriv") or record.get("ArrBeskrivelse"),
                record.get("ArrGenre"),
                record.get("BilledeUrl"),
                record.get("ArrUrl") or record.get("url"),
            )
        except SkipItem as skip:
            skip.source_id = str(record.get("ArrNr") or "?")
            yield skip


def kultunaut_xml(data: bytes) -> Iterator[Item | SkipItem]:
    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeET.fromstring(data)
    except (ET.ParseError, DefusedXmlException) as error:
        raise MalformedFile(_("The file is not valid XML: %(error)s") % {"error": error}) from None
    if root.tag != "arrlist":
        raise MalformedFile(_("The file is not a Kultunaut export (<arrlist>)."))
    records = root.findall("arr")
    check_count(len(records))
    for record in records:

        def get(name, record=record):
            return (record.findtext(name) or "").strip()

        source_id = record.get("id") or get("arrnr") or get("id") or get("url")
        try:
            yield _kultunaut_item(
                source_id,
                get("overskrift"),
                get("startdato") or get("dato"),
                get("slutdato"),
                get("tid"),
                get("sted"),
                get("beskrivelse"),
                get("beskrivelse"),
                get("kategori"),
                get("billede"),
                get("url"),
            )
        except SkipItem as skip:
            skip.source_id = source_id or "?"
            yield skip


def check_count(count: int) -> None:
    limit = settings.EVENT_IMPORT_MAX_ITEMS
    if count > limit:
        raise MalformedFile(
            _(
                "The file has %(count)s events; at most %(limit)s are imported in one run. Split it."
            )
            % {"count": count, "limit": limit}
        )


PARSERS = {
    "eventdatabasen": ("eventdatabasen", eventdatabasen),
    "kultunaut-xml": ("kultunaut", kultunaut_xml),
    "kultunaut-json": ("kultunaut", kultunaut_json),
}
