"""``manage.py send_hearing_decisions``: the decision emails of hearings decided by the clock.

A decision published with a future decision date is sent when that date comes; publishing
sends the others at once (``hearings.signals``). Idempotent: every answerer gets one email.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hearings.models import HearingAnswer, HearingPage
from hearings.notify import send_decision_emails


class Command(BaseCommand):
    help = "Email the decision to everyone who answered a decided hearing and was not told yet."

    def handle(self, *args, **options):
        waiting = (
            HearingAnswer.objects.filter(decision_sent_at__isnull=True)
            .exclude(email="")
            .values("hearing_id")
        )
        hearings = HearingPage.objects.listable().filter(
            pk__in=waiting, decision_date__lte=timezone.localdate()
        )
        total = 0
        for hearing in hearings:
            sent = send_decision_emails(hearing.pk)
            total += sent
            self.stdout.write(f"  {hearing.title}: {sent}")
        self.stdout.write(self.style.SUCCESS(f"Decision emails sent: {total}"))
