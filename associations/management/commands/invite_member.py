"""``manage.py invite_member <association-slug> <email>``: give a person editing access."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db.models import Case, When
from wagtail.models import Locale

from associations.access import member_pages
from associations.invitations import invite_member
from associations.models import Membership


class Command(BaseCommand):
    help = (
        "Invite a person to edit an association: creates the user if needed, links them to "
        "the association and emails a link for choosing a password. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("association", help="The association page's slug.")
        parser.add_argument("email")
        parser.add_argument(
            "--role", choices=Membership.Role.values, default=Membership.Role.EDITOR
        )
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")

    def handle(self, *args, association, email, role, first_name, last_name, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not a valid email address: {email}") from error
        # Translations may share the slug; the membership belongs to the default language's page.
        page = (
            member_pages()
            .filter(slug=association)
            .order_by(Case(When(locale=Locale.get_default(), then=0), default=1), "pk")
            .first()
        )
        if page is None:
            raise CommandError(f"No association or business with the slug {association!r}.")
        invitation = invite_member(
            page, email, role=role, first_name=first_name, last_name=last_name
        )
        verb = "Created" if invitation.user_created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {invitation.user.get_username()} as {invitation.membership.get_role_display()} "
                f"of {page.title}; the set-password link was emailed."
            )
        )
        if options["verbosity"] > 1:
            self.stdout.write(invitation.set_password_url)
