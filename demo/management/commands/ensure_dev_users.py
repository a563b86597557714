"""Create the local development logins and print them. Refuses outside DEBUG."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.registry import registry

DEV_USERNAME = "admin"
DEV_PASSWORD = "vallensbaek-dev"  # local login; the command refuses without DEBUG  # nosec B105


class Command(BaseCommand):
    help = (
        "Create (or reset) the local superuser for development, give the demo's other "
        "logins (association members) their development password, and print them all."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_users only runs with DEBUG on (development).")
        User = get_user_model()
        user, _created = User.objects.get_or_create(
            username=DEV_USERNAME,
            defaults={"email": "admin@example.invalid", "first_name": "Udvikler"},
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(DEV_PASSWORD)
        user.save()
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("  Admin: http://127.0.0.1:8000/admin/"))
        self.stdout.write(self.style.SUCCESS(f"  Username: {DEV_USERNAME}"))
        self.stdout.write(self.style.SUCCESS(f"  Password: {DEV_PASSWORD}"))
        # The apps' seed modules add their logins (associations: the demo's members).
        for login in registry.logins():
            self.stdout.write(f"  {login.label}: {login.username} / {login.password}")
        self.stdout.write("")
