"""``manage.py purge_personal_data [--dry-run]``: delete or anonymise personal data past its
retention period (the rules in each app's ``retention.py``; see core.retention).

Idempotent: a second run finds nothing more to do. Each kind runs in its own transaction, so
a failure leaves the other kinds done and that kind untouched.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import retention


class Command(BaseCommand):
    help = (
        "Delete or anonymise personal data that is older than its retention period: "
        "suggestions' contact details, nominations, search terms, unaccepted invitations. "
        "With --dry-run, only print how much of each kind would go."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Change nothing; print what would be deleted or anonymised, per kind.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        rules = retention.rules()
        try:
            periods = {rule.key: rule.days() for rule in rules}
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        if dry_run:
            self.stdout.write(_("Dry run: nothing is changed."))
        totals = {retention.DELETE: 0, retention.ANONYMISE: 0}
        for rule in rules:
            cutoff = rule.cutoff(now)
            if dry_run:
                count = rule.due(cutoff).count()
            else:
                with transaction.atomic():
                    count = rule.apply(rule.due(cutoff), now)
            totals[rule.action] += count
            outcome = self.outcome(rule.action, count, dry_run)
            if periods[rule.key] is None:
                line = _("%(kind)s (at once): %(outcome)s") % {
                    "kind": rule.label,
                    "outcome": outcome,
                }
            else:
                line = _("%(kind)s (kept %(days)d days, from before %(cutoff)s): %(outcome)s") % {
                    "kind": rule.label,
                    "days": periods[rule.key],
                    "cutoff": date_format(timezone.localtime(cutoff), "SHORT_DATE_FORMAT"),
                    "outcome": outcome,
                }
            self.stdout.write("  " + line)
        summary = _("In total: %(deleted)s, %(anonymised)s.") % {
            "deleted": self.outcome(retention.DELETE, totals[retention.DELETE], dry_run),
            "anonymised": self.outcome(retention.ANONYMISE, totals[retention.ANONYMISE], dry_run),
        }
        self.stdout.write(summary if dry_run else self.style.SUCCESS(summary))

    @staticmethod
    def outcome(action: str, count: int, dry_run: bool) -> str:
        if action == retention.ANONYMISE and dry_run:
            text = ngettext(
                "%(count)d record would be anonymised",
                "%(count)d records would be anonymised",
                count,
            )
        elif action == retention.ANONYMISE:
            text = ngettext("%(count)d record anonymised", "%(count)d records anonymised", count)
        elif dry_run:
            text = ngettext(
                "%(count)d record would be deleted", "%(count)d records would be deleted", count
            )
        else:
            text = ngettext("%(count)d record deleted", "%(count)d records deleted", count)
        return text % {"count": count}
