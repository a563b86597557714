"""``manage.py erase_hearing_answer H-7K3Q9P karen@example.com``: an answerer's erasure request.

Deletes the answer with that reference, if it was sent from that email address, with its
text, name, address and files. Both must match, so a reference alone erases nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from hearings.retention import erase_answer


class Command(BaseCommand):
    help = "Delete one hearing answer and its files, by reference number and email address."

    def add_arguments(self, parser):
        parser.add_argument("reference", help="The reference in the receipt, e.g. H-7K3Q9P.")
        parser.add_argument("email", help="The email address the answer was sent from.")

    def handle(self, *args, reference, email, **options):
        with transaction.atomic():
            erased = erase_answer(reference, email)
        if not erased:
            # Staff run it in Danish, like purge_personal_data.
            raise CommandError(
                _("No answer %(reference)s from %(email)s: nothing was deleted. Check both.")
                % {"reference": reference, "email": email}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Answer %(reference)s and its files were deleted.") % {"reference": reference}
            )
        )
