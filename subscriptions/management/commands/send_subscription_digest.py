"""Send the weekly digest to every subscriber with waiting weekly items (idempotent).

Run weekly by ``deploy/systemd/vcms-subscription-digest.timer``; running it twice sends
nothing twice, since each item is marked sent in the transaction that sent it.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from subscriptions import sending


class Command(BaseCommand):
    help = _("Send the weekly subscription digest.")

    def handle(self, *args, **options):
        subscribers = list(sending.digest_subscribers())
        emails = items = failed = 0
        for number, subscriber in enumerate(subscribers, start=1):
            try:
                sent = sending.send_digest(subscriber)
            except Exception as exc:  # one bad address must not stop the others
                failed += 1
                self.stderr.write(f"{subscriber.pk}: {exc}")
                continue
            if sent:
                emails += 1
                items += sent
            if options["verbosity"] > 1:
                self.stdout.write(f"{number}/{len(subscribers)}")
        self.stdout.write(
            _("Digest: %(emails)d emails with %(items)d items sent, %(failed)d failed")
            % {"emails": emails, "items": items, "failed": failed}
        )
