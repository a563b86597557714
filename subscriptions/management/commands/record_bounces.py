"""Count bounces: from a bounce mailbox (mbox or Maildir) of DSNs, or addresses given."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from subscriptions import bounces


class Command(BaseCommand):
    help = _("Record bounced subscription emails; stop sending to addresses that bounce often.")

    def add_arguments(self, parser):
        parser.add_argument("addresses", nargs="*", help="Addresses that bounced (hard).")
        parser.add_argument("--mailbox", help="An mbox file or Maildir of bounce messages.")
        parser.add_argument("--soft", action="store_true", help="The addresses bounced softly.")

    def handle(self, *args, addresses, mailbox=None, soft=False, **options):
        found = [bounces.Bounce(address, hard=not soft) for address in addresses]
        if mailbox:
            try:
                found.extend(bounces.read_mailbox(mailbox))
            except OSError as exc:
                raise CommandError(
                    _("Cannot read the mailbox: %(error)s") % {"error": exc}
                ) from exc
        stopped = unknown = 0
        for bounce in found:
            subscriber = bounces.record(bounce.address, hard=bounce.hard)
            if subscriber is None:
                unknown += 1
            elif subscriber.bouncing_since is not None:
                stopped += 1
        self.stdout.write(
            _(
                "%(count)d bounces read, %(unknown)d for unknown addresses; %(stopped)d addresses stopped"
            )
            % {"count": len(found), "unknown": unknown, "stopped": stopped}
        )
