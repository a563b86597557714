"""``/os2display/…``: the Calendar-API and event-database shapes (docs/os2display.md)."""

from django.urls import path

from . import bookings, calendar, eventdb

app_name = "os2display"

EVENTDB = "eventdatabase/api/v2/"

urlpatterns = [
    path("calendar/locations", calendar.locations, name="calendar_locations"),
    path("calendar/resources", calendar.resources, name="calendar_resources"),
    path("calendar/events", calendar.events, name="calendar_events"),
    path("booking/<int:pk>/locations", bookings.locations, name="booking_locations"),
    path("booking/<int:pk>/resources", bookings.resources, name="booking_resources"),
    path("booking/<int:pk>/events", bookings.events, name="booking_events"),
    path(f"{EVENTDB}occurrences", eventdb.occurrences, name="occurrences"),
    path(f"{EVENTDB}occurrences/<str:pk>", eventdb.occurrence, name="occurrence"),
    path(f"{EVENTDB}events", eventdb.events, name="events"),
    path(f"{EVENTDB}events/<str:pk>", eventdb.event, name="event"),
    path(f"{EVENTDB}tags", eventdb.tags, name="tags"),
    path(f"{EVENTDB}tags/<str:pk>", eventdb.tag, name="tag"),
    path(f"{EVENTDB}organizations", eventdb.organizations, name="organizations"),
    path(f"{EVENTDB}organizations/<str:pk>", eventdb.organization, name="organization"),
    path(f"{EVENTDB}locations", eventdb.locations, name="locations"),
    path(f"{EVENTDB}locations/<str:pk>", eventdb.location, name="location"),
]
