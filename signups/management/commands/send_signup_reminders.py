"""Email participants the day before: every confirmed sign-up whose date starts tomorrow.

Idempotent: each registration is reminded once (``Registration.reminded_at``, claimed before
sending, so two runs at once never send twice); one whose email failed is tried again next
run. Scheduled hourly (deploy/systemd/vcms-signup-reminders.timer, docs/signup.md).
"""

import datetime as dt

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from signups import notify
from signups.models import Registration, SignupOption


def tomorrow_bounds(now):
    tomorrow = timezone.localtime(now).date() + dt.timedelta(days=1)
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(tomorrow, dt.time.min, tzinfo=tz)
    return start, start + dt.timedelta(days=1)


class Command(BaseCommand):
    help = "Email a reminder to everyone signed up for an activity that starts tomorrow."

    def handle(self, *args, **options):
        now = timezone.now()
        first, last = tomorrow_bounds(now)
        candidates = SignupOption.objects.filter(
            Q(occurrence_start__gte=first, occurrence_start__lt=last)
            | Q(
                occurrence_start__isnull=True,
                activity__occurrences__start__gte=first,
                activity__occurrences__start__lt=last,
            )
        ).distinct()
        sent = 0
        for option in candidates.select_related("activity"):
            if not first <= option.starts_at < last:
                continue  # a whole activity whose first date was earlier: reminded then
            due = option.registrations.filter(
                status=Registration.Status.CONFIRMED, reminded_at__isnull=True
            ).exclude(email="")
            for registration in due:
                claimed = Registration.objects.filter(
                    pk=registration.pk, reminded_at__isnull=True
                ).update(reminded_at=now)
                if not claimed:
                    continue
                if notify.reminder(registration):
                    sent += 1
                else:
                    Registration.objects.filter(pk=registration.pk).update(reminded_at=None)
        self.stdout.write(f"{sent} sign-up reminder(s) sent.")
