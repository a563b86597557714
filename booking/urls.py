from django.urls import path

from . import calendars

app_name = "booking"

urlpatterns = [
    path("lokaler/<int:pk>.ics", calendars.room_ics, name="room_ics"),
    path("foreninger/<int:pk>.ics", calendars.association_ics, name="association_ics"),
]
