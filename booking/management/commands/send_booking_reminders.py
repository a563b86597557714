"""Email a reminder BOOKING_REMINDER_DAYS days before the first date of an approved booking.

Idempotent: each booking is reminded once (``Booking.reminded_at``); a run that finds
nothing due sends nothing. A booking whose email could not be sent is tried again next run.
Scheduled hourly (deploy/systemd/vcms-booking-reminders.timer, docs/booking.md).
"""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Min, Q
from django.utils import timezone

from booking import notify
from booking.models import Booking, Status


class Command(BaseCommand):
    help = "Email the reminders before the first date of approved bookings."

    def handle(self, *args, **options):
        now = timezone.now()
        until = now + dt.timedelta(days=settings.BOOKING_REMINDER_DAYS)
        due = (
            Booking.objects.filter(status=Status.APPROVED, reminded_at__isnull=True)
            .annotate(first=Min("slots__start", filter=Q(slots__status=Status.APPROVED)))
            .filter(first__gt=now, first__lte=until)
            .select_related("room__room__facility", "association", "requested_by")
        )
        sent = 0
        for booking in due:
            # Claim it first, so that two runs at once never send it twice.
            if not Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=now
            ):
                continue
            slots = list(booking.slots.filter(status=Status.APPROVED, start__gt=now))
            if notify.reminder(booking, slots):
                sent += 1
            else:
                Booking.objects.filter(pk=booking.pk).update(reminded_at=None)
        self.stdout.write(f"{sent} booking reminder(s) sent.")
