"""Turn two-factor sign-in off for a user who lost their phone and recovery codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes, so they sign in with their "
        "password and (if required) set up a new app at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        two_factor.remove_all(user)
        self.stdout.write(self.style.SUCCESS(f"Two-factor sign-in removed for {username}."))
