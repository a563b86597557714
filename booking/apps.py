from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = _("Room booking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.cache_versions import PAGES, SCREENS, invalidates

        from .models import (
            BookableHours,
            BookableRoom,
            Booking,
            BookingGroup,
            BookingSlot,
            Closure,
            Season,
        )

        # The facility page's "who has which slot" view and the screens' "today" slide show
        # rooms, their hours, closures and approved slots, and a named group's name.
        for model in (BookableRoom, BookableHours, Closure, Booking, BookingSlot, BookingGroup):
            invalidates(model, PAGES, SCREENS)
        # Who belongs to a named group, and which groups may book a room, is never public.
        invalidates(BookingGroup.users.through)
        invalidates(BookingGroup.user_groups.through)
        invalidates(BookableRoom.groups_may_book.through)
        # A season round is admin-only until its allocation approves bookings (above).
        invalidates(Season)
