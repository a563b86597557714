// Reads an iCalendar file as Mozilla's ical.js (Thunderbird) does and prints every
// occurrence's start in UTC, one JSON object per line: {"summary": …, "start": "…Z"}.
// Usage: node ical_occurrences.mjs FILE.ics UNTIL   (UNTIL: YYYY-MM-DD, exclusive)
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, until] = process.argv.slice(2);
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
// Each VTIMEZONE of the file itself, as a client would register it; no built-in zones.
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}
const end = ICAL.Time.fromDateString(until);
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
    const start = event.getOccurrenceDetails(next).startDate;
    const utc = start.isDate ? start.toString() : start.toUnixTime();
    console.log(JSON.stringify({
      summary: event.summary,
      start: start.isDate ? utc : new Date(utc * 1000).toISOString().replace(".000Z", "Z"),
    }));
  }
}
